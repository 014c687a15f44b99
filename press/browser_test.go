package press

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"guidepress/content"
	"guidepress/internal/pdfcheck"
	"guidepress/internal/toolcheck"
)

// browserJob is what browsertest/browser.mjs is asked to do (job.json).
type browserJob struct {
	Pack struct {
		URL    string   `json:"url"`
		Stages []string `json:"stages"`
		Area   string   `json:"area"`
		Name   string   `json:"name"`
		Date   string   `json:"date"`
	} `json:"pack"`
	Switch struct {
		URL  string `json:"url"`
		Lang string `json:"lang"`
	} `json:"switch"`
	Axe []webPage `json:"axe"`
}

// browserResult is what it saw (result.json).
type browserResult struct {
	Pack struct {
		SuggestedFilename string  `json:"suggestedFilename"`
		File              string  `json:"file"`
		Failure           *string `json:"failure"`
		Error             string  `json:"error"`
	} `json:"pack"`
	Switch struct {
		URL, Lang, H1, Error string
	} `json:"switch"`
	Axe []struct {
		Name, URL, Lang, Error string
		Status, Passes         int
		Violations             []struct {
			ID, Impact, Help string
			Targets          []string
		}
	} `json:"axe"`
}

// TestBrowser uses the site and the pack builder in real Chromium, as a
// reader and a nurse would: it ticks two stages, picks an area, types a
// name and the date, submits, and gets a PDF named without the person's
// name that holds the name and those two stages, not the others; it
// follows the link to the Welsh page and lands on it; and axe-core finds
// no WCAG 2.2 AA violation on a page of every kind in both languages, nor
// on any page of the second test guide (pictures, tables, a logo).
func TestBrowser(t *testing.T) {
	dir := toolcheck.BrowserTests(t)
	if os.Getenv("CHROMIUM") == "" {
		toolcheck.Need(t, "chromium")
	}
	pdfcheck.NeedTool(t, "pdftotext")
	pdfcheck.NeedTool(t, "pdfinfo")
	sites := newWebSites(t)
	g := sites.srv.guide
	title := func(id, lang string) string { return g.Plain(g.StageByID(id).Title, lang) }

	var job browserJob
	job.Pack.URL = sites.live.URL + "/en/pack.html"
	job.Pack.Stages = []string{title("court", "en"), title("prison", "en")}
	job.Pack.Area = "Cardiff and Vale"
	job.Pack.Name = "Gwenllian Ŵyn ap Siôn"
	job.Pack.Date = "2027-01-15"
	job.Switch.URL = sites.live.URL + "/en/court.html"
	job.Switch.Lang = "cy"
	job.Axe = append(sites.pageKinds(), sites.secondPages()...)
	res := runBrowser(t, dir, job)

	// The pack.
	switch {
	case res.Pack.Error != "":
		t.Errorf("making a pack in the browser: %s", res.Pack.Error)
	case res.Pack.Failure != nil:
		t.Errorf("the download failed: %s", *res.Pack.Failure)
	default:
		checkBrowserPack(t, g, job, res)
	}

	// The link to the Welsh page.
	if sw := res.Switch; sw.Error != "" || !strings.HasSuffix(sw.URL, "/cy/court.html") || sw.Lang != "cy" || sw.H1 != title("court", "cy") {
		t.Errorf("following the Welsh link from /en/court.html lands on %s (lang %q, h1 %q; %s), want /cy/court.html (cy, %q)", sw.URL, sw.Lang, sw.H1, sw.Error, title("court", "cy"))
	}

	// Accessibility.
	if len(res.Axe) != len(job.Axe) {
		t.Fatalf("axe ran on %d pages of %d", len(res.Axe), len(job.Axe))
	}
	for i, r := range res.Axe {
		want := job.Axe[i]
		if r.Error != "" {
			t.Errorf("%s (%s): %s", r.Name, r.URL, r.Error)
			continue
		}
		if r.Status != want.Status || r.Lang != want.Lang {
			t.Errorf("%s (%s): status %d, lang %q; want %d, %q", r.Name, r.URL, r.Status, r.Lang, want.Status, want.Lang)
		}
		t.Logf("%s: axe passed %d rules, %d violations", r.Name, r.Passes, len(r.Violations))
		if r.Passes == 0 {
			t.Errorf("%s (%s): axe passed no rule: did it run?", r.Name, r.URL)
		}
		for _, v := range r.Violations {
			t.Errorf("%s (%s): axe: %s (%s): %s\n\t%s", r.Name, r.URL, v.ID, v.Impact, v.Help, strings.Join(v.Targets, "\n\t"))
		}
	}
}

// checkBrowserPack checks the pack the browser saved: named without the
// person's name, holding the name, the chosen stages' titles and not the
// others', and the chosen area's contacts only.
func checkBrowserPack(t *testing.T, g *content.Guide, job browserJob, res browserResult) {
	t.Helper()
	title := func(id string) string { return g.Plain(g.StageByID(id).Title, "en") }
	if !strings.HasPrefix(res.Pack.SuggestedFilename, "cjs-wales-pack-court-prison-en") || !strings.HasSuffix(res.Pack.SuggestedFilename, ".pdf") {
		t.Errorf("the browser saves the pack as %q", res.Pack.SuggestedFilename)
	}
	for _, part := range strings.Fields(strings.ToLower(job.Pack.Name)) {
		if strings.Contains(strings.ToLower(res.Pack.SuggestedFilename), part) {
			t.Errorf("the pack's file name %q holds the person's name", res.Pack.SuggestedFilename)
		}
	}
	text, pages := pdfText(t, res.Pack.File)
	if !strings.Contains(text, job.Pack.Name) {
		t.Errorf("the pack (%d pages) does not hold the name %q typed into the form", pages, job.Pack.Name)
	}
	lines := "\n" + text + "\n"
	for _, st := range g.Stages {
		want := st.ID == "court" || st.ID == "prison"
		if got := strings.Contains(lines, "\n"+title(st.ID)+"\n"); got != want {
			t.Errorf("stage %q's title on its own line in the pack: %v, want %v", title(st.ID), got, want)
		}
	}
	if !strings.Contains(text, "Cardiff and Vale") || strings.Contains(text, "Betsi Cadwaladr") {
		t.Errorf("the pack's contacts are not Cardiff and Vale's alone")
	}
}

// runBrowser runs browsertest/browser.mjs on job and returns what it saw.
func runBrowser(t *testing.T, dir string, job browserJob) browserResult {
	t.Helper()
	out := t.TempDir()
	data, err := json.Marshal(job)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(out, "job.json"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "node", filepath.Join(dir, "browser.mjs"), out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("node browser.mjs: %v\n%s", err, msg)
	}
	var res browserResult
	data, err = os.ReadFile(filepath.Join(out, "result.json"))
	if err == nil {
		err = json.Unmarshal(data, &res)
	}
	if err != nil {
		t.Fatalf("reading what the browser saw: %v", err)
	}
	return res
}
