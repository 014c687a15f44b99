package press

import (
	"guidepress/content"
	"guidepress/layout"
	"guidepress/pdf"
	"guidepress/styles"
)

// drawn draws a laid-out plan with the PDF writer, passing on an error
// from the layout.
func drawn(p *layout.Plan, err error) ([]byte, int, error) {
	if err != nil {
		return nil, 0, err
	}
	out, err := pdf.Write(p)
	if err != nil {
		return nil, 0, err
	}
	return out, len(p.Pages), nil
}

// drawnBilingual draws a laid-out bilingual edition.
func drawnBilingual(d *layout.Bilingual, err error) ([]byte, int, error) {
	if err != nil {
		return nil, 0, err
	}
	out, err := pdf.WriteBilingual(d)
	if err != nil {
		return nil, 0, err
	}
	return out, d.Pages(), nil
}

// bookletPDF lays out and draws a booklet.
func bookletPDF(g *content.Guide, lang string, st *styles.Style) ([]byte, int, error) {
	return drawn(layout.Booklet(g, lang, st))
}
