package markup

import (
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"
)

// checkLink returns a problem message when dest is not an absolute link
// with an allowed scheme (http and https with a host, mailto and tel with
// an address), or "" when it is fine.
func checkLink(dest string) string {
	scheme, rest, ok := strings.Cut(dest, ":")
	if !ok || !validScheme(scheme) {
		return fmt.Sprintf("link %q has no scheme: use https:, http:, mailto: or tel:", shorten(dest))
	}
	scheme = strings.ToLower(scheme)
	switch scheme {
	case "http", "https":
		if u, err := url.Parse(dest); err != nil {
			return fmt.Sprintf("link %q is not a valid web address", shorten(dest))
		} else if u.Host == "" {
			return fmt.Sprintf("link %q has no host", shorten(dest))
		}
	case "mailto", "tel":
		if rest == "" {
			return fmt.Sprintf("link %q has no address", shorten(dest))
		}
	default:
		return fmt.Sprintf("link %q uses scheme %q: use https:, http:, mailto: or tel:", shorten(dest), scheme)
	}
	return ""
}

// validScheme reports whether s is a URL scheme: a letter followed by
// letters, digits, "+", "-" or ".".
func validScheme(s string) bool {
	if s == "" {
		return false
	}
	for i, c := range []byte(s) {
		letter := c|0x20 >= 'a' && c|0x20 <= 'z'
		other := c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'
		if !letter && (i == 0 || !other) {
			return false
		}
	}
	return true
}

// hasSchemePrefix reports whether s starts with prefix, ignoring case.
func hasSchemePrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// shorten cuts a long link to its first 60 characters for a message.
func shorten(s string) string {
	const limit = 60
	if utf8.RuneCountInString(s) <= limit {
		return s
	}
	return string([]rune(s)[:limit]) + "…"
}
