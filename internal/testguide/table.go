package testguide

import (
	"fmt"
	"strings"

	"guidepress/content"
)

// TableFixture is the Fixture with its first chapter's first section
// made a paragraph ("Intro.") and a table of n rows: rowK in the first
// column, a price aligned right, a code centred, and a note ("nK nK ...")
// long enough to wrap in a narrow column. Welsh has the same table under
// Welsh headers (with ŵ and ŷ).
func TableFixture(n int) *content.Guide {
	g := Fixture()
	table := func(h1, h2, h3, h4 string) string {
		var sb strings.Builder
		sb.WriteString("Intro.\n\n| " + h1 + " | " + h2 + " | " + h3 + " | " + h4 + " |\n|---|--:|:-:|---|\n")
		for i := 1; i <= n; i++ {
			fmt.Fprintf(&sb, "| row%d | %s | %s | %s|\n",
				i, strings.Repeat("9", 1+i%4)+".50", strings.Repeat("x", 1+i%3), strings.Repeat(fmt.Sprintf("n%d ", i), 16+i%5))
		}
		return sb.String()
	}
	g.Stages[0].Sections[0].Body = tx(table("Name", "Price", "Code", "Note"), table("Enw", "Pris", "Cod", "Nodyn ŵ ŷ"))
	return g
}
