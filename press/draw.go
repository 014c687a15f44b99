package press

import (
	"guidepress/layout"
	"guidepress/pdf"
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
