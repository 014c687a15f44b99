package impose

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// sheetWidth and sheetHeight are A4 landscape in points.
const (
	sheetWidth  = 841.89
	sheetHeight = 595.28
)

var markerRe = regexp.MustCompile(`PAGE (\d\d)`)

// halfMarker returns the marker number in the left (half 0) or right (half
// 1) half of page p of file as displayed, cropped with pdftotext, or 0
// for a blank half. More than one marker in a half fails the test.
func halfMarker(t *testing.T, file string, p, half int) int {
	t.Helper()
	x := 0
	if half == 1 {
		x = 421
	}
	text := run(t, "pdftotext", "-f", strconv.Itoa(p), "-l", strconv.Itoa(p),
		"-x", strconv.Itoa(x), "-y", "0", "-W", "421", "-H", "596", file, "-")
	ms := markerRe.FindAllStringSubmatch(text, -1)
	switch len(ms) {
	case 0:
		return 0
	case 1:
		n, _ := strconv.Atoi(ms[0][1])
		return n
	}
	t.Fatalf("page %d half %d holds several markers: %q", p, half, text)
	return 0
}

var wordRe = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">(\d\d)</word>`)

// upright reports, for each marker on page p of file, whether it is drawn
// the right way up as displayed. The markers sit near the top of their
// pages, so a marker in the top half of the displayed sheet is upright
// and one in the bottom half is upside down.
func upright(t *testing.T, file string, p int) map[int]bool {
	t.Helper()
	html := run(t, "pdftotext", "-f", strconv.Itoa(p), "-l", strconv.Itoa(p), "-bbox", file, "-")
	res := map[int]bool{}
	for _, m := range wordRe.FindAllStringSubmatch(html, -1) {
		y, _ := strconv.ParseFloat(m[2], 64)
		n, _ := strconv.Atoi(m[3])
		res[n] = y < sheetHeight/2
	}
	return res
}

// pageInfo returns the size and /Rotate of every page of file, from
// pdfinfo.
func pageInfo(t *testing.T, file string) (sizes [][2]float64, rotations []int) {
	t.Helper()
	out := run(t, "pdfinfo", "-f", "1", "-l", "999", file)
	for line := range strings.SplitSeq(out, "\n") {
		var p int
		var w, h float64
		var rot int
		if _, err := fmt.Sscanf(line, "Page %d size: %f x %f", &p, &w, &h); err == nil {
			sizes = append(sizes, [2]float64{w, h})
		}
		if _, err := fmt.Sscanf(line, "Page %d rot: %d", &p, &rot); err == nil {
			rotations = append(rotations, rot)
		}
	}
	return sizes, rotations
}
