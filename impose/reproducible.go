package impose

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

var (
	// infoDateRe matches the dates pdfcpu writes into the info dictionary.
	infoDateRe = regexp.MustCompile(`/(?:CreationDate|ModDate)\s*\((D:[^)]*)\)`)
	// idRe matches the file identifier in the trailer.
	idRe = regexp.MustCompile(`/ID\s*\[\s*<([0-9A-Fa-f]*)>\s*<([0-9A-Fa-f]*)>\s*\]`)
)

// makeReproducible makes pdfcpu's output depend only on its input.
//
// pdfcpu's writer stamps the current time into the info dictionary
// (CreationDate, ModDate) and hashes it into the trailer's file ID, with
// no option to fix either. The configuration writes the info dictionary
// and trailer as plain text (no object or cross-reference streams), so
// they are patched here in place with values of the same length, which
// keeps every cross-reference offset valid: both dates become date (the
// source's CreationDate, or 1970-01-01 if it has none that parses), and
// the ID becomes a hash of seed (the source bytes).
func makeReproducible(out []byte, date string, seed []byte) ([]byte, error) {
	res := bytes.Clone(out)
	fixed := []byte(fixedDate(date))
	for _, m := range infoDateRe.FindAllSubmatchIndex(res, -1) {
		start, end := m[2], m[3]
		if end-start != len(fixed) {
			return nil, fmt.Errorf("reproducible output: date %q is not %d bytes long", res[start:end], len(fixed))
		}
		copy(res[start:end], fixed)
	}
	ids := idRe.FindAllSubmatchIndex(res, -1)
	if len(ids) == 0 {
		return nil, errors.New("reproducible output: no file ID in the trailer")
	}
	sum := sha256.Sum256(seed)
	digest := strings.ToUpper(hex.EncodeToString(sum[:]))
	m := ids[len(ids)-1] // the trailer comes last
	for g := 1; g <= 2; g++ {
		start, end := m[2*g], m[2*g+1]
		copy(res[start:end], strings.Repeat(digest, (end-start)/len(digest)+1)[:end-start])
	}
	return res, nil
}

// fixedDate returns date (a PDF date string) in the format pdfcpu writes,
// in UTC, so that it has the same length as pdfcpu's own dates.
func fixedDate(date string) string {
	t, ok := types.DateTime(date, true)
	if !ok || t.Year() < 1000 || t.Year() > 9999 {
		t = time.Unix(0, 0)
	}
	return types.DateString(t.UTC())
}
