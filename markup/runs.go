package markup

import "strings"

// runs collects the runs of one block, merging adjacent text of the same
// style. The last run's text grows in a builder, so a block of many small
// pieces (a line each, say) costs linear time.
type runs struct {
	done  []Run
	last  Run // style of the run being built
	text  strings.Builder
	added int // bytes added so far
}

// add appends text in style (whose Text is ignored).
func (rs *runs) add(style Run, text string) {
	if text == "" {
		return
	}
	rs.added += len(text)
	style.Text = ""
	if rs.text.Len() > 0 && style != rs.last {
		rs.flush()
	}
	rs.last = style
	rs.text.WriteString(text)
}

// flush ends the run being built.
func (rs *runs) flush() {
	r := rs.last
	r.Text = rs.text.String()
	rs.done = append(rs.done, r)
	rs.text.Reset()
}

// list returns the runs, or nil when there is no text.
func (rs *runs) list() []Run {
	if rs.text.Len() > 0 {
		rs.flush()
	}
	return rs.done
}
