-- CreateEnum
CREATE TYPE "DocumentType" AS ENUM ('RECORD_OF_CONVERSATION', 'MEMORANDUM_OF_CONVERSATION', 'TELEGRAM', 'LETTER', 'MINUTES', 'REPORT', 'OTHER');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR', 'CIRCA');

-- CreateEnum
CREATE TYPE "ContributionRole" AS ENUM ('OBTAINED_BY', 'TRANSLATED_BY', 'EDITED_BY', 'TRANSCRIBED_BY');

-- CreateEnum
CREATE TYPE "NameVariantType" AS ENUM ('FULL_NAME', 'SURNAME', 'ROMANIZATION', 'LABEL');

-- CreateEnum
CREATE TYPE "UtteranceKind" AS ENUM ('SPEECH', 'STAGE_DIRECTION', 'NOTE', 'PARAGRAPH');

-- CreateTable
CREATE TABLE "Document" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "type" "DocumentType" NOT NULL,
    "dateStart" TIMESTAMP(3),
    "dateEnd" TIMESTAMP(3),
    "datePrecision" "DatePrecision",
    "dateAsPrinted" TEXT,
    "place" TEXT,
    "summary" TEXT,
    "language" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "publisher" TEXT,
    "series" TEXT,
    "documentNumber" TEXT,
    "contentHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Archive" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "abbreviation" TEXT,

    CONSTRAINT "Archive_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArchivalReference" (
    "id" SERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "archiveId" INTEGER,
    "fileNumber" TEXT,
    "pages" TEXT,
    "asPrinted" TEXT NOT NULL,

    CONSTRAINT "ArchivalReference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contributor" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Contributor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contribution" (
    "id" SERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "contributorId" INTEGER NOT NULL,
    "role" "ContributionRole" NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Contribution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Funder" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Funder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentFunder" (
    "documentId" INTEGER NOT NULL,
    "funderId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "DocumentFunder_pkey" PRIMARY KEY ("documentId","funderId")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NameVariant" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "type" "NameVariantType" NOT NULL,
    "normalized" TEXT NOT NULL,

    CONSTRAINT "NameVariant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Participant" (
    "id" SERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT,
    "description" TEXT,
    "asPrinted" TEXT NOT NULL,

    CONSTRAINT "Participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Utterance" (
    "id" SERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "UtteranceKind" NOT NULL,
    "label" TEXT,
    "speakerId" INTEGER,
    "text" TEXT NOT NULL,
    "spans" TEXT NOT NULL DEFAULT '[]',
    "sourceLine" INTEGER,

    CONSTRAINT "Utterance_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "ArchivalReference" ADD CONSTRAINT "ArchivalReference_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArchivalReference" ADD CONSTRAINT "ArchivalReference_archiveId_fkey" FOREIGN KEY ("archiveId") REFERENCES "Archive"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_contributorId_fkey" FOREIGN KEY ("contributorId") REFERENCES "Contributor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentFunder" ADD CONSTRAINT "DocumentFunder_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentFunder" ADD CONSTRAINT "DocumentFunder_funderId_fkey" FOREIGN KEY ("funderId") REFERENCES "Funder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NameVariant" ADD CONSTRAINT "NameVariant_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Utterance" ADD CONSTRAINT "Utterance_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Utterance" ADD CONSTRAINT "Utterance_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

