package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"guidepress/content"
)

// printProblems prints each problem as file:line:col: message; on a
// terminal, each is followed by its source line and a caret under the
// column, as Go's vet and Typst do.
func printProblems(w io.Writer, ps content.Problems) {
	tty := isTerminal(w)
	lines := map[string][]string{}
	for _, p := range ps {
		fmt.Fprintln(w, p.String())
		if !tty {
			continue
		}
		if src, ok := sourceLine(lines, p.Pos); ok {
			fmt.Fprint(w, excerpt(src, p.Pos.Column))
		}
	}
}

// sourceLine returns line pos.Line of pos.Filename, reading each file
// once; false when the file cannot be read or has no such line.
func sourceLine(cache map[string][]string, pos content.Position) (string, bool) {
	if pos.Filename == "" || pos.Line < 1 {
		return "", false
	}
	lines, ok := cache[pos.Filename]
	if !ok {
		data, err := os.ReadFile(pos.Filename)
		if err == nil {
			lines = strings.Split(string(data), "\n")
		}
		cache[pos.Filename] = lines
	}
	if pos.Line > len(lines) {
		return "", false
	}
	return strings.TrimRight(lines[pos.Line-1], "\r"), true
}

// excerpt is a source line, indented, and under it a caret at column col
// (counted in characters from 1; tabs kept so the caret lines up).
func excerpt(line string, col int) string {
	var b strings.Builder
	b.WriteString("    " + line + "\n")
	if col < 1 {
		return b.String()
	}
	b.WriteString("    ")
	for i, r := range []rune(line) {
		if i >= col-1 {
			break
		}
		if r == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteByte(' ')
		}
	}
	b.WriteString("^\n")
	return b.String()
}
