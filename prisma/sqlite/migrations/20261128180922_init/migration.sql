-- CreateTable
CREATE TABLE "Document" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "dateStart" DATETIME,
    "dateEnd" DATETIME,
    "datePrecision" TEXT,
    "dateAsPrinted" TEXT,
    "place" TEXT,
    "summary" TEXT,
    "language" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "publisher" TEXT,
    "series" TEXT,
    "documentNumber" TEXT,
    "contentHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Archive" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "abbreviation" TEXT
);

-- CreateTable
CREATE TABLE "ArchivalReference" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "documentId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "archiveId" INTEGER,
    "fileNumber" TEXT,
    "pages" TEXT,
    "asPrinted" TEXT NOT NULL,
    CONSTRAINT "ArchivalReference_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ArchivalReference_archiveId_fkey" FOREIGN KEY ("archiveId") REFERENCES "Archive" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Contributor" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Contribution" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "documentId" INTEGER NOT NULL,
    "contributorId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    CONSTRAINT "Contribution_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Contribution_contributorId_fkey" FOREIGN KEY ("contributorId") REFERENCES "Contributor" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Funder" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "DocumentFunder" (
    "documentId" INTEGER NOT NULL,
    "funderId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("documentId", "funderId"),
    CONSTRAINT "DocumentFunder_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DocumentFunder_funderId_fkey" FOREIGN KEY ("funderId") REFERENCES "Funder" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Person" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "NameVariant" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "personId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    CONSTRAINT "NameVariant_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Participant" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "documentId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT,
    "description" TEXT,
    "asPrinted" TEXT NOT NULL,
    CONSTRAINT "Participant_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Participant_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Utterance" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "documentId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "label" TEXT,
    "speakerId" INTEGER,
    "text" TEXT NOT NULL,
    "spans" TEXT NOT NULL DEFAULT '[]',
    "sourceLine" INTEGER,
    CONSTRAINT "Utterance_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Utterance_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Document_slug_key" ON "Document"("slug");

-- CreateIndex
CREATE INDEX "Document_dateStart_id_idx" ON "Document"("dateStart", "id");

-- CreateIndex
CREATE INDEX "Document_type_idx" ON "Document"("type");

-- CreateIndex
CREATE INDEX "Document_updatedAt_id_idx" ON "Document"("updatedAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Archive_key_key" ON "Archive"("key");

-- CreateIndex
CREATE INDEX "ArchivalReference_archiveId_idx" ON "ArchivalReference"("archiveId");

-- CreateIndex
CREATE UNIQUE INDEX "ArchivalReference_documentId_position_key" ON "ArchivalReference"("documentId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Contributor_key_key" ON "Contributor"("key");

-- CreateIndex
CREATE INDEX "Contribution_contributorId_role_idx" ON "Contribution"("contributorId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "Contribution_documentId_position_key" ON "Contribution"("documentId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Funder_key_key" ON "Funder"("key");

-- CreateIndex
CREATE INDEX "DocumentFunder_funderId_idx" ON "DocumentFunder"("funderId");

-- CreateIndex
CREATE UNIQUE INDEX "Person_key_key" ON "Person"("key");

-- CreateIndex
CREATE INDEX "NameVariant_normalized_idx" ON "NameVariant"("normalized");

-- CreateIndex
CREATE UNIQUE INDEX "NameVariant_personId_type_name_key" ON "NameVariant"("personId", "type", "name");

-- CreateIndex
CREATE INDEX "Participant_personId_idx" ON "Participant"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_documentId_position_key" ON "Participant"("documentId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_documentId_personId_key" ON "Participant"("documentId", "personId");

-- CreateIndex
CREATE INDEX "Utterance_speakerId_documentId_position_idx" ON "Utterance"("speakerId", "documentId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Utterance_documentId_position_key" ON "Utterance"("documentId", "position");

