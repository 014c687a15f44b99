// Package compose decides what each product of a guide holds, in what
// order and in which language, and nothing about how it looks: it knows
// no pages, points or PDF. Booklet, Leaflet and Pack each return a
// Product: parts (cover, chapters, contents, contacts, goals, back cover,
// ...) made of semantic blocks (headings with levels, paragraphs, list
// items, advice call-outs, contact entries, figures with their text
// alternatives, fields to fill in), each part and block in the product's
// one language. Markdown bodies are parsed here, once.
//
// Layout (package layout) places a Product on pages in any arrangement:
// one language, two columns, or tête-bêche halves. A part added here
// appears in every arrangement and every writer.
package compose
