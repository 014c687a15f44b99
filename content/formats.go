package content

import (
	"net/mail"
	"net/url"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"

	"guidepress/internal/source"
)

// phonePattern is a UK-style number: digits in groups, an optional leading +.
var phonePattern = regexp.MustCompile(`^\+?[0-9]+( [0-9]+)*$`)

// phone reads a phone or text number: digits and single spaces, 3 to 15
// digits, an optional leading +. Like email and web, it returns the value
// even when it is malformed (and reported), so that later checks do not
// report the field as missing too.
func (l *loader) phone(r *source.Reader, n *yaml.Node, what string) string {
	s, ok := r.String(n, what)
	if !ok {
		return ""
	}
	digits := strings.Count(s, "") - 1 - strings.Count(s, " ") - strings.Count(s, "+")
	if !phonePattern.MatchString(s) || digits < 3 || digits > 15 {
		r.Errorf(n, "%s %q is not a phone number: use digits with single spaces, such as \"0808 808 3444\"", what, s)
	}
	return s
}

// email reads an email address.
func (l *loader) email(r *source.Reader, n *yaml.Node) string {
	s, ok := r.String(n, "email")
	if !ok {
		return ""
	}
	a, err := mail.ParseAddress(s)
	if err != nil || a.Address != s || !strings.Contains(s[strings.IndexByte(s, '@'):], ".") {
		r.Errorf(n, "email %q is not an email address such as name@example.org", s)
	}
	return s
}

// web reads a web address: absolute http or https with a host.
func (l *loader) web(r *source.Reader, n *yaml.Node) string {
	s, ok := r.String(n, "web")
	if !ok {
		return ""
	}
	if !IsWebAddress(s) {
		r.Errorf(n, "web %q is not a web address starting https:// (or http://) with a host name", s)
	}
	return s
}

// IsWebAddress reports whether s is an absolute http or https URL whose host
// has a dot and no spaces.
func IsWebAddress(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "https" || u.Scheme == "http") &&
		strings.Contains(u.Host, ".") && !strings.ContainsAny(s, " \t")
}
