package layout

import (
	"fmt"
	"strings"

	"guidepress/compose"
)

// sheetError says why a one-sheet leaflet needs need pages, not 2: its
// at_a_glance text is too long for the sheet, or, when that fits, how
// many of its contacts do not (pages are the leaflet's pages, orgH the
// height of the organisation's details at the foot of the second). It
// wraps ErrTooLong. No contact is ever dropped to make a sheet fit.
func (b *builder) sheetError(pages []*Page, orgH float64, need int) error {
	stage := b.p.Chapters[0].ID
	limit := b.chrome.area.bottom - orgH - b.d.lead
	over := func(pi int, it Item) bool { return pi >= 2 || pi == 1 && it.Y+it.H > limit+eps }
	ids := b.p.ContactIDs()
	out, text := map[string]bool{}, false
	for pi, pg := range pages {
		for _, it := range pg.Items {
			if !over(pi, it) {
				continue
			}
			if ids[it.Ref] {
				out[it.Ref] = true
			} else if strings.HasPrefix(it.Ref, stage+"/") {
				text = true
			}
		}
	}
	if text || len(out) == 0 {
		return fmt.Errorf("lay out the leaflet: %w: the at_a_glance text of the %s stage and the stage's titles need %d A4 pages with its contacts, but an a4 leaflet is one sheet printed on both sides (2 pages); shorten at_a_glance in stages/%s.yaml, or use the a5-fold format",
			ErrTooLong, stage, need, stage)
	}
	return fmt.Errorf("lay out the leaflet: %w: %d of the %d contacts of the %s stage do not fit on one sheet printed on both sides; %s",
		ErrTooLong, len(out), len(ids), stage, sheetAdvice(b.p))
}

// sheetAdvice says what to do when a sheet's contacts do not fit: choose
// an area (naming the guide's areas) when the sheet lists more than one
// area's contacts, else use the a5-fold format or shorten at_a_glance.
func sheetAdvice(p *compose.Product) string {
	stage := p.Chapters[0].ID
	if hint := areaHint(p); hint != "" {
		return "use --area NAME for one area's contacts only" + hint + ", or the a5-fold format"
	}
	return "use the a5-fold format, or shorten at_a_glance in stages/" + stage + ".yaml"
}

// areaHint lists the guide's areas for the --area suggestion, or is ""
// when the leaflet lists fewer than two areas' contacts.
func areaHint(p *compose.Product) string {
	if p.AreaGroups() < 2 {
		return ""
	}
	names := make([]string, len(p.Guide.Areas))
	for i, a := range p.Guide.Areas {
		names[i] = a.ID
	}
	return " (" + strings.Join(names, ", ") + ")"
}
