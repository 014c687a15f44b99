// Package docinfo holds a document's information (title, author,
// subject, language, date) and the rules that make it reproducible: the
// language tag a guide's language code becomes, and a date that is never
// the clock. Layout fills it in; the PDF writer writes it.
package docinfo

import (
	"os"
	"strconv"
	"time"
)

// Meta is the document information a PDF carries.
type Meta struct {
	Title, Author, Subject string
	// Lang is the document language as a BCP 47 tag: "en-GB" or "cy".
	Lang string
	// Date is the creation and modification date; fixed, so that the
	// same input gives the same bytes.
	Date time.Time
}

// LangTag turns a guide's language code into the PDF's language tag.
func LangTag(lang string) string {
	if lang == "en" {
		return "en-GB"
	}
	return lang
}

// BuildDate is SOURCE_DATE_EPOCH when it is set, else the edition date
// (midnight UTC), else the Unix epoch: never the clock.
func BuildDate(edition time.Time) time.Time {
	if s := os.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			return time.Unix(n, 0).UTC()
		}
	}
	if !edition.IsZero() {
		y, m, d := edition.Date()
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	return time.Unix(0, 0).UTC()
}
