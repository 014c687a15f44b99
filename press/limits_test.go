package press_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"guidepress/internal/pdfcheck"
	"guidepress/internal/testguide"
	"guidepress/press"
)

// minimalGuide copies content/testdata/minimal into a temporary folder and
// returns its path.
func minimalGuide(t testing.TB) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), "guide")
	testguide.CopyTree(t, filepath.Join("..", "content", "testdata", "minimal"), dst)
	return dst
}

func appendFile(t testing.TB, path, text string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString(text); err != nil {
		t.Fatal(err)
	}
}

// pdfText returns the text of a PDF from pdftotext, skipping the test when
// poppler-utils is not installed.
func pdfText(t *testing.T, pdf string) string {
	t.Helper()
	pdfcheck.NeedTool(t, "pdftotext")
	out, err := exec.Command("pdftotext", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", pdf, err)
	}
	return string(out)
}

// chrome matches the footer and running header of the minimal guide's
// Police chapter as pdftotext joins them into the text.
var chrome = regexp.MustCompile(`A small guide Page \d+ of \d+ Police `)

// TestLargeButLegitimateContent builds a guide with 1,000 contacts, a word
// longer than a line and a section longer than a page: all of it is
// legitimate and must print in full.
func TestLargeButLegitimateContent(t *testing.T) {
	dir := minimalGuide(t)
	var b strings.Builder
	for i := 1; i <= 1000; i++ {
		fmt.Fprintf(&b, "  - id: extra-%d\n    name: {en: Extra service %d, cy: Gwasanaeth ychwanegol %d}\n"+
			"    description: {en: Help number %d., cy: Help rhif %d.}\n    phone: \"0800 %06d\"\n"+
			"    stages: [police]\n    areas: all\n    verified: 2026-10-01\n", i, i, i, i, i, i)
	}
	appendFile(t, filepath.Join(dir, "contacts.yaml"), b.String())
	long := strings.Repeat("Cymraeg", 40) // 280 letters, far wider than a line
	para := strings.Repeat("This sentence repeats so that the section runs over more than one page. ", 12)
	body := fmt.Sprintf("        %s\n\n", long) + strings.Repeat("        "+para+"\n\n", 10)
	appendFile(t, filepath.Join(dir, "stages", "recovery.yaml"), "")
	police := filepath.Join(dir, "stages", "police.yaml")
	data, _ := os.ReadFile(police)
	data = []byte(strings.Replace(string(data), "        You can ask for a **solicitor**.\n", body, 1))
	os.WriteFile(police, data, 0o644)

	out := filepath.Join(t.TempDir(), "b.pdf")
	pages, _, err := press.WriteBooklet(press.BookletOptions{ContentDir: dir, Lang: "en", Style: "standard", Output: out})
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, out)
	for _, want := range []string{"Extra service 1\n", "Extra service 500\n", "Extra service 1000\n", "0800 001000"} {
		if !strings.Contains(text, want) {
			t.Errorf("booklet lacks %q", want)
		}
	}
	if joined := strings.ReplaceAll(text, "\n", ""); !strings.Contains(joined, long) {
		t.Errorf("the long word was not printed whole (broken across lines is fine, lost letters are not)")
	}
	// Running text continues across pages; drop the footer and header
	// that pdftotext puts between its parts.
	words := strings.Join(strings.Fields(text), " ")
	words = chrome.ReplaceAllString(words, "")
	if got := strings.Count(words, "This sentence repeats so that the section runs over more than one page."); got != 120 {
		t.Errorf("long section printed %d sentences, want 120", got)
	}
	if pages < 100 {
		t.Errorf("1,000 contacts fit on %d pages; expected well over 100", pages)
	}
}
