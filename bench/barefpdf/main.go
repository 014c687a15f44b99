// Command barefpdf is the baseline for the benchmarks: it writes the same
// guide text as the booklet (every stage's headings and bodies, and every
// contact) with bare fpdf MultiCell calls, in the same fonts and page size,
// with no measuring, pagination rules, contents or links. guidepress aims to
// stay within 1.3 times its time.
//
//	go run ./bench/barefpdf -content DIR -o FILE.pdf
package main

import (
	"flag"
	"log"
	"strings"

	"codeberg.org/go-pdf/fpdf"

	"guidepress/content"
	"guidepress/fonts"
)

func main() {
	dir := flag.String("content", "", "content folder")
	out := flag.String("o", "bare.pdf", "output file")
	lang := flag.String("lang", "en", "language")
	flag.Parse()
	g, ps := content.LoadDir(*dir, content.Options{Covers: fonts.Default().Covers})
	if ps.HasErrors() {
		log.Fatal(ps.Errors())
	}
	pdf := fpdf.New("P", "mm", "A5", "")
	fam := fonts.Default()
	for _, face := range fonts.Faces {
		pdf.AddUTF8FontFromBytes("guide", face.String(), fam.Bytes(face))
	}
	pdf.SetMargins(15, 15, 15)
	pdf.SetAutoPageBreak(true, 18)
	for _, s := range g.Stages {
		pdf.AddPage()
		pdf.SetFont("guide", "B", 22)
		pdf.MultiCell(0, 10, s.Title.Get(*lang), "", "L", false)
		for _, sec := range s.Sections {
			pdf.SetFont("guide", "B", 15)
			pdf.MultiCell(0, 8, sec.Heading.Get(*lang), "", "L", false)
			pdf.SetFont("guide", "", 12)
			body := strings.NewReplacer("**", "", "- ", "• ").Replace(sec.Body.Get(*lang) + "\n" + sec.Advice.Get(*lang))
			pdf.MultiCell(0, 6, body, "", "L", false)
		}
	}
	pdf.AddPage()
	for _, c := range g.Contacts {
		pdf.SetFont("guide", "B", 12)
		pdf.MultiCell(0, 6, c.Name.Get(*lang), "", "L", false)
		pdf.SetFont("guide", "", 12)
		pdf.MultiCell(0, 6, c.Description.Get(*lang)+"\nPhone: "+c.Phone+"\nWeb: "+c.Web, "", "L", false)
	}
	if err := pdf.OutputFileAndClose(*out); err != nil {
		log.Fatal(err)
	}
}
