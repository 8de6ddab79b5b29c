-- CreateIndex
CREATE UNIQUE INDEX "DocumentFunder_documentId_position_key" ON "DocumentFunder"("documentId", "position");

