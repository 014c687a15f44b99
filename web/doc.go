// Package web writes a guide as a static, accessible web site: one more
// writer of the products package compose builds, beside the PDF writer.
// For every language of the guide it writes a home page, a page per
// chapter ("How to use this guide" and each stage), the key contacts
// (all of them, and one page per area as a filter that needs no
// JavaScript), and a page of the PDFs a build left in the same folder,
// with their size and page count.
//
// The pages are semantic HTML with a skip link and landmarks, one
// stylesheet of the site's own (readable at 320 pixels wide, with a
// print style), no scripts, no cookies and nothing from other sites.
// Every page links to the same page in the other languages. The same
// guide gives the same bytes.
package web
