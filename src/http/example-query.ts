// What GraphiQL opens with: the founding document, everything a research frontend shows at once.
export const exampleQuery = /* GraphQL */ `# The founding document in one request: citation, provenance, credits, participants, dialogue.
query FoundingDocument {
  document(slug: "record-of-conversation-1964-03-20-liu-zhou-pak") {
    title
    type
    date { start end precision asPrinted }
    summary
    citation
    archivalReferences { archive { name abbreviation } fileNumber pages asPrinted }
    contributions { role contributor { name } }
    funders { name }
    participants { title person { name nameVariants { type name } } }
    utterances(first: 100) {
      totalCount
      edges {
        node {
          position
          kind
          label
          speaker { name }
          text
          insertions { start end text }
        }
      }
    }
  }
}
`;
