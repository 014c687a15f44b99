package impose

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"

	"guidepress/internal/pdffile"
)

var (
	// infoDateRe matches the dates pdfcpu writes into the info dictionary.
	infoDateRe = regexp.MustCompile(`/(CreationDate|ModDate)\s*\(D:[^)]*\)`)
	// infoRefRe finds the info dictionary's object number in the trailer.
	infoRefRe = regexp.MustCompile(`/Info\s+(\d+)\s+0\s+R`)
	// idRe matches the file identifier in the trailer.
	idRe = regexp.MustCompile(`/ID\s*\[\s*<[0-9A-Fa-f]*>\s*<[0-9A-Fa-f]*>\s*\]`)
)

// makeReproducible makes pdfcpu's output depend only on its input.
//
// pdfcpu's writer is not reproducible: it stamps the current time into the
// info dictionary (CreationDate, ModDate) and hashes it into the trailer's
// file ID, and it writes objects in Go map order, so the same objects land
// at different places from run to run. None of this has an option. The
// configuration makes pdfcpu write a classic cross-reference table, so the
// file is rewritten here: objects in number order, both dates set to date
// (the source's CreationDate, or 1970-01-01 if it has none that parses),
// and the ID a hash of seed (the source bytes).
func makeReproducible(out []byte, date string, seed []byte) ([]byte, error) {
	f, err := pdffile.Parse(out)
	if err != nil {
		return nil, fmt.Errorf("reproducible output: %w", err)
	}
	if m := infoRefRe.FindSubmatch(f.Trailer); m != nil {
		n, _ := strconv.Atoi(string(m[1]))
		if obj, ok := f.Objects[n]; ok {
			f.Objects[n] = infoDateRe.ReplaceAll(obj, []byte("/$1("+fixedDate(date)+")"))
		}
	}
	if !idRe.Match(f.Trailer) {
		return nil, errors.New("reproducible output: no file ID in the trailer")
	}
	sum := sha256.Sum256(seed)
	id := strings.ToUpper(hex.EncodeToString(sum[:16]))
	f.Trailer = idRe.ReplaceAll(f.Trailer, []byte("/ID[<"+id+"> <"+id+">]"))
	return f.Bytes(), nil
}

// fixedDate returns date (a PDF date string) as a PDF date in UTC.
func fixedDate(date string) string {
	t, ok := types.DateTime(date, true)
	if !ok {
		t = time.Unix(0, 0)
	}
	return types.DateString(t.UTC())
}
