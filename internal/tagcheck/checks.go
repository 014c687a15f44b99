package tagcheck

import (
	"strings"
)

// firstPage is the page of an element's first marked content, or of its
// first descendant's; 0 when it holds none.
func (c *checker) firstPage(idx int) int {
	for i := idx; i < len(c.r.Elements); i++ {
		if i > idx && c.r.Elements[i].Depth <= c.r.Elements[idx].Depth {
			break
		}
		if len(c.r.Elements[i].Content) > 0 {
			return c.r.Elements[i].Content[0].Page
		}
	}
	return 0
}

// checkHeadings checks that numbered headings, in tree order, start at
// H1 and never go more than one level deeper than the heading before.
func (c *checker) checkHeadings() {
	prev := 0
	for i, e := range c.r.Elements {
		if len(e.Role) != 2 || e.Role[0] != 'H' || e.Role[1] < '1' || e.Role[1] > '6' {
			continue
		}
		n := int(e.Role[1] - '0')
		switch {
		case prev == 0 && n > 1:
			c.addf(c.firstPage(i), KindHeadingSkip, "the first heading is %s: the first numbered heading must be H1", c.where(i))
		case n > prev+1:
			c.addf(c.firstPage(i), KindHeadingSkip, "%s follows H%d: it skips a level (want H%d at most)", c.where(i), prev, prev+1)
		}
		prev = n
	}
}

// checkAlt checks that every Figure and Formula has alternative text.
func (c *checker) checkAlt() {
	for i, e := range c.r.Elements {
		if e.Role != "Figure" && e.Role != "Formula" {
			continue
		}
		if strings.TrimSpace(e.Alt) == "" && strings.TrimSpace(e.ActualText) == "" {
			c.addf(c.firstPage(i), KindAlt, "%s has no /Alt (or /ActualText): a screen reader can say nothing about it", c.where(i))
		}
	}
}

// checkLangs checks that each element's /Lang, when it is not empty (an
// empty one means "unknown"), is a language tag.
func (c *checker) checkLangs() {
	for i, e := range c.r.Elements {
		if e.Lang != "" && !languageTag(e.Lang) {
			c.addf(c.firstPage(i), KindLang, "%s has /Lang (%s), which is not a language tag such as en-GB or cy", c.where(i), e.Lang)
		}
	}
}
