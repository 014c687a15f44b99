package pdfcheck

import (
	"bytes"
	"fmt"
	"html"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
)

// Line is one line of text as pdftotext -bbox-layout reports it: its box
// in points from the page's top left corner, and its words.
type Line struct {
	X0, Y0, X1, Y1 float64
	Text           string
}

// Page is one page's size in points and its lines of text.
type Page struct {
	W, H  float64
	Lines []Line
}

var (
	pageRE = regexp.MustCompile(`<page width="([0-9.]+)" height="([0-9.]+)"`)
	lineRE = regexp.MustCompile(`<line xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">`)
	wordRE = regexp.MustCompile(`<word [^>]*>([^<]*)</word>`)
)

// ReadLines runs pdftotext -bbox-layout on the PDF file at path and
// returns its pages and whatever pdftotext printed on stderr (a reader's
// complaint about the file: it should be empty).
func ReadLines(path string) ([]Page, string, error) {
	var out, errb bytes.Buffer
	cmd := exec.Command("pdftotext", "-bbox-layout", path, "-")
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return nil, errb.String(), fmt.Errorf("pdftotext -bbox-layout %s: %w: %s", path, err, errb.String())
	}
	return ParseLines(out.String()), errb.String(), nil
}

// ParseLines reads pdftotext -bbox-layout's output, page by page.
func ParseLines(out string) []Page {
	var pages []Page
	for _, chunk := range strings.Split(out, "<page ")[1:] {
		var p Page
		if m := pageRE.FindStringSubmatch("<page " + chunk); m != nil {
			p.W, p.H = num(m[1]), num(m[2])
		}
		for _, l := range strings.Split(chunk, "<line ")[1:] {
			m := lineRE.FindStringSubmatch("<line " + l)
			if m == nil {
				continue
			}
			var words []string
			for _, w := range wordRE.FindAllStringSubmatch(l, -1) {
				words = append(words, html.UnescapeString(w[1]))
			}
			p.Lines = append(p.Lines, Line{num(m[1]), num(m[2]), num(m[3]), num(m[4]), strings.Join(words, " ")})
		}
		pages = append(pages, p)
	}
	return pages
}

func num(s string) float64 { v, _ := strconv.ParseFloat(s, 64); return v }

// Box is a rectangle in points from a page's top left corner.
type Box struct{ X0, Y0, X1, Y1 float64 }

// MarginBox is the area inside margins given in millimetres, in points.
func MarginBox(pageW, pageH, top, right, bottom, left float64) Box {
	k := 72 / 25.4
	return Box{left * k, top * k, (pageW - right) * k, (pageH - bottom) * k}
}

// Geometry describes every line of pages that lies outside inside (with
// half a point of tolerance) or overlaps another line on its page; page
// numbers count from 1. No description means the geometry is right.
func Geometry(pages []Page, inside Box) []string {
	const tol = 0.5
	var probs []string
	for p, page := range pages {
		for i, b := range page.Lines {
			if b.X0 < inside.X0-tol || b.X1 > inside.X1+tol || b.Y0 < inside.Y0-tol || b.Y1 > inside.Y1+tol {
				probs = append(probs, fmt.Sprintf("page %d: %q at (%.1f,%.1f)-(%.1f,%.1f) is outside the margins (%.1f,%.1f)-(%.1f,%.1f)",
					p+1, b.Text, b.X0, b.Y0, b.X1, b.Y1, inside.X0, inside.Y0, inside.X1, inside.Y1))
			}
			for _, o := range page.Lines[i+1:] {
				if min(b.X1, o.X1)-max(b.X0, o.X0) > tol && min(b.Y1, o.Y1)-max(b.Y0, o.Y0) > tol {
					probs = append(probs, fmt.Sprintf("page %d: %q and %q overlap", p+1, b.Text, o.Text))
				}
			}
		}
	}
	return probs
}
