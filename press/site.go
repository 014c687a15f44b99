package press

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"

	"guidepress/content"
	"guidepress/output"
	"guidepress/styles"
	"guidepress/web"
)

// SiteOptions are the site command's options.
type SiteOptions struct {
	// ContentDir is the guide's folder ("" for the default guide).
	ContentDir string
	// OutDir is the folder the site is written into: the same folder
	// build writes its PDFs into, so the site can offer them.
	OutDir string
}

// WriteSite writes the guide's web site into opts.OutDir (see package
// web), all files or none, and returns their names and the content's
// warnings. The PDFs offered for
// download are those the folder's manifest lists (written there by
// build) that are still there with the size it records: the site links
// to them and does not build them.
func WriteSite(opts SiteOptions) ([]string, content.Problems, error) {
	st, err := styles.Resolve("standard")
	if err != nil {
		return nil, nil, fmt.Errorf("write the site: %w", err)
	}
	fam, err := st.Family()
	if err != nil {
		return nil, nil, fmt.Errorf("write the site: %w", err)
	}
	g, ps := LoadContent(opts.ContentDir, fam)
	if ps.HasErrors() {
		return nil, ps.Warnings(), ps.Errors()
	}
	downloads, err := siteDownloads(opts.OutDir)
	if err != nil {
		return nil, ps.Warnings(), err
	}
	files, err := web.Site(g, web.Options{Style: st, Fonts: fam, Downloads: downloads})
	if err != nil {
		return nil, ps.Warnings(), err
	}
	if err := output.WriteFiles(opts.OutDir, files); err != nil {
		return nil, ps.Warnings(), fmt.Errorf("write the site: %w", err)
	}
	return slices.Sorted(maps.Keys(files)), ps.Warnings(), nil
}

// siteDownloads are the booklets and leaflets dir's manifest lists that
// are in dir with the size it records.
func siteDownloads(dir string) ([]web.Download, error) {
	m, err := output.ReadManifest(dir)
	if err != nil {
		return nil, fmt.Errorf("write the site: %w", err)
	}
	var out []web.Download
	for _, e := range m.Files {
		if e.Kind != "booklet" && e.Kind != "leaflet" {
			continue
		}
		fi, err := os.Stat(filepath.Join(dir, filepath.FromSlash(e.Path)))
		if err != nil || fi.Size() != int64(e.Bytes) {
			continue
		}
		out = append(out, web.Download{Path: e.Path, Kind: e.Kind, Language: e.Language, Layout: e.Layout,
			Stage: e.Stage, Style: e.Style, Pages: e.Pages, Bytes: e.Bytes})
	}
	return out, nil
}
