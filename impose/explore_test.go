package impose

import (
	"bytes"
	"os"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

func TestExplore(t *testing.T) {
	api.DisableConfigDir()
	in := samplePDF(t, 8, true)
	os.WriteFile("/tmp/imp/in.pdf", in, 0o644)
	for _, orient := range []string{"rd", "ld"} {
		conf := model.NewDefaultConfiguration()
		nup := pdfcpu.DefaultBookletConfig()
		nup.PageSize = "A4L"
		nup.PageDim = &types.Dim{Width: 841.89, Height: 595.28}
		if orient == "ld" {
			nup.Orient = model.LeftDown
		}
		nup.BookletGuides = true
		if err := pdfcpu.ParseNUpValue(2, nup); err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		if err := api.Booklet(bytes.NewReader(in), &out, nil, nil, nup, conf); err != nil {
			t.Fatal(err)
		}
		os.WriteFile("/tmp/imp/out-"+orient+".pdf", out.Bytes(), 0o644)
	}
}
