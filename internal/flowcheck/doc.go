// Package flowcheck holds only a test: that the packages import one
// another in the direction the data flows (content -> compose -> layout
// -> pdf), that nothing upstream of the PDF writer links fpdf, and that
// no package holds more than a quarter of the code.
package flowcheck
