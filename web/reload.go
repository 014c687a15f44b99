package web

import "strconv"

// VersionPath is where a served site's pages ask for the site's version.
const VersionPath = "/_version"

// reloadScript is the script of a served page: every second it asks the
// server for the site's version and reloads the page when it is no
// longer version (the content changed, or has errors, or was fixed).
// Without scripts the page reads the same; it only does not reload.
func reloadScript(version string) string {
	return "<script>\n(function () {\n  var v = " + strconv.Quote(version) + ";\n" +
		"  function check() {\n" +
		"    fetch(\"" + VersionPath + "\", {cache: \"no-store\"}).then(function (r) { return r.text(); })\n" +
		"      .then(function (t) { if (t !== v) { location.reload(); } else { setTimeout(check, 1000); } })\n" +
		"      .catch(function () { setTimeout(check, 3000); });\n" +
		"  }\n  setTimeout(check, 1000);\n})();\n</script>\n"
}
