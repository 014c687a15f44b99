package press

import (
	"guidepress/layout"
	"guidepress/pdf"
)

// drawn draws a laid-out plan with the PDF writer, passing on an error
// from the layout. The plan is not used after pdf.Write, so the writer
// can let it go while it finishes the file.
func drawn(p *layout.Plan, err error) ([]byte, int, error) {
	if err != nil {
		return nil, 0, err
	}
	n := len(p.Pages)
	out, err := pdf.WriteReleasing(p)
	if err != nil {
		return nil, 0, err
	}
	return out, n, nil
}

// drawnBilingual draws a laid-out bilingual edition.
func drawnBilingual(d *layout.Bilingual, err error) ([]byte, int, error) {
	if err != nil {
		return nil, 0, err
	}
	n := d.Pages()
	out, err := pdf.WriteBilingual(d)
	if err != nil {
		return nil, 0, err
	}
	return out, n, nil
}
