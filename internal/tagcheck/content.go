package tagcheck

import (
	"fmt"
)

// frame is one open marked-content sequence (BMC or BDC up to its EMC).
type frame struct {
	tag      string
	mcid     int // -1 when the sequence has no MCID
	artifact bool
	offset   int
}

// pageContent is what one page's content stream holds: the MCIDs and
// where each first appears.
type pageContent struct {
	mcids map[int]int // MCID -> offset of its BDC
}

// paintKind says what an operator paints: "text", "graphics" or "".
func paintKind(op string) string {
	switch op {
	case "Tj", "TJ", "'", "\"":
		return "text"
	case "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do", "EI":
		return "graphics"
	}
	return ""
}

// unmarked counts what one page paints outside marked content, to report
// the first of each kind with how many more there are.
type unmarked struct {
	first map[string]op
	count map[string]int
}

// scanContent walks a page's decoded content: every painting operator
// must be inside a sequence with an MCID or inside an Artifact; MCID
// sequences must not nest inside each other or inside an Artifact; BMC
// or BDC and EMC must balance. props is the page's /Resources
// /Properties, for BDC operands given by name.
func (c *checker) scanContent(page int, data []byte, props func(string) (map[string]any, bool)) pageContent {
	pc := pageContent{mcids: map[int]int{}}
	lx := lexer{b: data}
	var stack []frame
	um := unmarked{first: map[string]op{}, count: map[string]int{}}
	var o op
	for lx.next(&o) {
		switch o.name {
		case "BMC":
			tag := lastName(o.operands, 1)
			stack = append(stack, frame{tag: tag, mcid: -1, artifact: tag == "Artifact", offset: o.offset})
		case "BDC":
			tag := lastName(o.operands, 2)
			f := frame{tag: tag, mcid: -1, artifact: tag == "Artifact", offset: o.offset}
			var pd map[string]any
			if len(o.operands) >= 1 {
				switch v := o.operands[len(o.operands)-1].(type) {
				case map[string]any:
					pd = v
				case name:
					p, ok := props(string(v))
					if !ok {
						c.addf(page, KindContentSyntax, "BDC /%s at offset %d names properties /%s that the page's /Resources /Properties does not hold", tag, o.offset, v)
					}
					pd = p
				}
			}
			if n, ok := pd["MCID"].(float64); ok && !f.artifact {
				f.mcid = int(n)
				if n != float64(f.mcid) || f.mcid < 0 {
					c.addf(page, KindContentSyntax, "BDC /%s at offset %d has MCID %v, which is not a whole number from 0", tag, o.offset, n)
					f.mcid = -1
				}
			}
			if f.mcid >= 0 {
				for _, outer := range stack {
					if outer.mcid >= 0 {
						c.addf(page, KindNestedMCID, "MCID %d (/%s at offset %d) is nested inside MCID %d (/%s at offset %d): marked content with an MCID may not hold another", f.mcid, tag, o.offset, outer.mcid, outer.tag, outer.offset)
						break
					}
					if outer.artifact {
						c.addf(page, KindNestedMCID, "MCID %d (/%s at offset %d) is inside an Artifact (at offset %d): content that is an artifact cannot also be in the structure tree", f.mcid, tag, o.offset, outer.offset)
						break
					}
				}
				if at, dup := pc.mcids[f.mcid]; dup {
					c.addf(page, KindMCIDDuplicate, "MCID %d is used twice in the content (offsets %d and %d): each MCID names one sequence", f.mcid, at, o.offset)
				} else {
					pc.mcids[f.mcid] = o.offset
				}
			}
			stack = append(stack, f)
		case "EMC":
			if len(stack) == 0 {
				c.addf(page, KindUnbalanced, "EMC at offset %d closes no BMC or BDC", o.offset)
				continue
			}
			stack = stack[:len(stack)-1]
		default:
			kind := paintKind(o.name)
			if kind == "" || covered(stack) {
				continue
			}
			if _, seen := um.first[kind]; !seen {
				um.first[kind] = op{name: o.name, offset: o.offset}
			}
			um.count[kind]++
		}
	}
	if lx.err != nil {
		c.addf(page, KindContentSyntax, "content stream cannot be read past offset %d: %v", lx.errAt, lx.err)
	}
	for _, f := range stack {
		c.addf(page, KindUnbalanced, "/%s at offset %d is never closed by EMC", f.tag, f.offset)
	}
	for _, kind := range []string{"text", "graphics"} {
		if n := um.count[kind]; n > 0 {
			f := um.first[kind]
			more := ""
			if n > 1 {
				more = fmt.Sprintf("; %d more on this page", n-1)
			}
			c.addf(page, KindUnmarked, "%s drawn outside marked content (%s at offset %d, inside no MCID sequence or Artifact%s)", kind, f.name, f.offset, more)
		}
	}
	return pc
}

// covered reports whether content drawn now is in an MCID sequence or
// an Artifact.
func covered(stack []frame) bool {
	for _, f := range stack {
		if f.mcid >= 0 || f.artifact {
			return true
		}
	}
	return false
}

// lastName is the tag of a BMC (want 1 operand) or BDC (want 2): the name
// operand, or "" when missing.
func lastName(operands []any, want int) string {
	if len(operands) < want {
		return ""
	}
	if n, ok := operands[len(operands)-want].(name); ok {
		return string(n)
	}
	return ""
}
