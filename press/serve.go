package press

import (
	"mime"
	"net/http"
	"path"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"guidepress/content"
	"guidepress/fonts"
	"guidepress/styles"
	"guidepress/web"
)

// maxBody is the most a request's body may hold: the pack builder's
// form needs well under a kilobyte.
const maxBody = 64 << 10

// Server serves a guide's web site from memory, with the pack builder
// (see package web): guidepress serve. Rebuild loads the content again;
// while the content has errors every page shows them, and the last good
// site and guide are kept for when they are fixed. It writes no file and
// logs nothing about a request: a pack's name is personal data.
type Server struct {
	dir string
	st  *styles.Style
	fam *fonts.Family
	// sem holds a token for each pack being rendered: at most one a core.
	sem chan struct{}

	mu       sync.RWMutex
	files    map[string][]byte
	guide    *content.Guide
	problems content.Problems
	version  int
}

// NewServer returns a server of the guide in dir ("" for the default
// guide), not yet built: call Rebuild.
func NewServer(dir string) (*Server, error) {
	st, err := styles.Resolve("standard")
	if err != nil {
		return nil, err
	}
	fam, err := st.Family()
	if err != nil {
		return nil, err
	}
	return &Server{dir: dir, st: st, fam: fam, sem: make(chan struct{}, runtime.NumCPU())}, nil
}

// Rebuild loads the content and builds the site again, and returns the
// content's warnings and errors. When it has errors the last good site
// is kept and every page shows the errors until a rebuild succeeds.
func (s *Server) Rebuild() content.Problems {
	sts, err := resolveStyles(append(web.Styles, "a4"))
	if err != nil {
		return content.Problems{{Message: err.Error()}}
	}
	g, ps := loadForStyles(s.dir, sts)
	s.mu.Lock()
	defer s.mu.Unlock()
	next := strconv.Itoa(s.version + 1)
	if ps.HasErrors() {
		s.problems, s.version = ps, s.version+1
		return ps
	}
	files, err := web.Site(g, web.Options{Style: s.st, Fonts: s.fam, Served: true, Version: next})
	if err != nil {
		s.problems, s.version = content.Problems{{Message: err.Error()}}, s.version+1
		return append(ps, s.problems...)
	}
	s.files, s.guide, s.problems, s.version = files, g, nil, s.version+1
	return ps
}

// Version is the site's version: it changes with every rebuild.
func (s *Server) Version() string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return strconv.Itoa(s.version)
}

// ServeHTTP serves the site's files (GET), the site's version at
// web.VersionPath, and packs (POST to a language's pack.html). Every
// response says not to store it.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
	if name == "" || strings.HasSuffix(r.URL.Path, "/") {
		name = path.Join(name, "index.html")
	}
	switch {
	case r.URL.Path == web.VersionPath && r.Method == http.MethodGet:
		h.Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte(s.Version()))
	case r.Method == http.MethodPost && path.Base(name) == "pack.html":
		s.servePack(w, r, path.Dir(name))
	case r.Method == http.MethodGet || r.Method == http.MethodHead:
		s.serveFile(w, name)
	default:
		h.Set("Allow", "GET, HEAD, POST")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	}
}

// serveFile serves one of the site's files, or the content's errors
// in place of a page while there are any.
func (s *Server) serveFile(w http.ResponseWriter, name string) {
	s.mu.RLock()
	data, ok := s.files[name]
	problems, version := s.problems, strconv.Itoa(s.version)
	s.mu.RUnlock()
	html := strings.HasSuffix(name, ".html")
	if problems != nil && (html || !ok) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusInternalServerError)
		_, _ = w.Write(web.ProblemsPage(problems.Errors(), version))
		return
	}
	if !ok {
		http.NotFound(w, nil)
		return
	}
	ct := mime.TypeByExtension(path.Ext(name))
	if ct == "" {
		ct = "application/octet-stream"
	}
	w.Header().Set("Content-Type", ct)
	_, _ = w.Write(data)
}
