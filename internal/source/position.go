// Package source describes places in user files (file, line, column) and the
// problems found there, and reads YAML strictly with the position of every
// value, so every error a user sees can name where to look.
package source

import (
	"fmt"
	"sort"
	"strings"
)

// Position is a place in a user's file: file name, 1-based line and column.
type Position struct {
	Filename string
	Line     int
	Column   int
}

// String formats the position as file:line:col, leaving out what is unknown.
func (p Position) String() string {
	switch {
	case p.Line == 0:
		return p.Filename
	case p.Column == 0:
		return fmt.Sprintf("%s:%d", p.Filename, p.Line)
	}
	return fmt.Sprintf("%s:%d:%d", p.Filename, p.Line, p.Column)
}

// Severity tells an error, which stops a build, from a warning, which does not.
type Severity int

const (
	// Error is a problem that stops a build.
	Error Severity = iota
	// Warning is a problem worth fixing that does not stop a build.
	Warning
)

// Problem is one thing wrong with the content, at a position.
type Problem struct {
	Pos      Position
	Severity Severity
	Message  string
}

// String formats the problem as "file:line:col: message", with "warning: "
// before the message of a warning.
func (p Problem) String() string {
	if p.Severity == Warning {
		return p.Pos.String() + ": warning: " + p.Message
	}
	return p.Pos.String() + ": " + p.Message
}

// Problems is every problem found in one run, and is an error when any of
// them is an Error.
type Problems []Problem

// Error lists the problems, one per line.
func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// HasErrors reports whether any problem is an Error rather than a warning.
func (ps Problems) HasErrors() bool {
	for _, p := range ps {
		if p.Severity == Error {
			return true
		}
	}
	return false
}

// Errors returns only the problems of severity Error.
func (ps Problems) Errors() Problems { return ps.filter(Error) }

// Warnings returns only the problems of severity Warning.
func (ps Problems) Warnings() Problems { return ps.filter(Warning) }

func (ps Problems) filter(s Severity) Problems {
	var out Problems
	for _, p := range ps {
		if p.Severity == s {
			out = append(out, p)
		}
	}
	return out
}

// Sort orders problems by file, line and column, keeping the order of
// problems at the same place.
func (ps Problems) Sort() {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i].Pos, ps[j].Pos
		if a.Filename != b.Filename {
			return a.Filename < b.Filename
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
}
