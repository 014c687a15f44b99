package web

import (
	"fmt"

	"guidepress/styles"
)

// css is the site's stylesheet in the style's inks: text in the style's
// text colour on white, links underlined, a thick focus outline, call-outs
// marked by a thick border (never by colour alone), one column that
// reflows from 320 pixels up, sizes in rem so that zooming enlarges
// everything, and a print style without the menus.
func css(st *styles.Style) []byte {
	c := st.Colours
	return fmt.Appendf(nil, `:root { color: %[1]s; background: #FFFFFF; }
html { font-size: 100%%; }
body { margin: 0 auto; max-width: 44rem; padding: 0 1rem 2rem; font-family: system-ui, sans-serif; font-size: 1.125rem; line-height: 1.5; overflow-wrap: anywhere; }
a { color: %[1]s; text-decoration: underline; text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 0.15em; }
a:focus-visible, main:focus-visible, .table:focus-visible { outline: 0.2rem solid %[1]s; outline-offset: 0.15rem; }
a:focus { outline: 0.2rem solid %[1]s; outline-offset: 0.15rem; }
.skip { position: absolute; left: -100rem; }
.skip:focus { position: static; display: inline-block; margin: 0.5rem 0; padding: 0.5rem; background: #FFFFFF; }
header { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0.5rem 1rem; padding: 1rem 0 0.5rem; border-bottom: 0.2rem solid %[3]s; }
.site-title { margin: 0; font-weight: bold; }
nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
nav.menu { padding: 0.5rem 0; border-bottom: 0.1rem solid %[3]s; }
nav a { display: inline-block; padding: 0.25rem 0; }
[aria-current="page"] { font-weight: bold; text-decoration-thickness: 0.2em; }
h1 { font-size: 2rem; line-height: 1.2; margin: 1.5rem 0 0.75rem; }
h2 { font-size: 1.5rem; line-height: 1.25; margin: 2rem 0 0.5rem; }
h3 { font-size: 1.25rem; margin: 1.5rem 0 0.5rem; }
h4 { font-size: 1.125rem; margin: 1rem 0 0.5rem; }
.summary, .subtitle { font-size: 1.25rem; }
.advice { border-left: 0.4rem solid %[3]s; background: %[2]s; padding: 0.25rem 1rem; margin: 1rem 0; }
.advice h3, .advice h4 { margin-top: 0.75rem; }
blockquote { border-left: 0.2rem solid %[3]s; margin: 1rem 0; padding-left: 1rem; }
code { background: %[2]s; padding: 0 0.2em; }
.table { overflow-x: auto; margin: 1rem 0; }
table { border-collapse: collapse; }
th, td { border-bottom: 0.1rem solid %[3]s; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; overflow-wrap: normal; min-width: 6rem; }
thead th { background: %[2]s; border-bottom-width: 0.2rem; }
th.right, td.right { text-align: right; }
th.center, td.center { text-align: center; }
hr { border: 0; border-top: 0.1rem solid %[3]s; }
figure { margin: 1.5rem 0; }
figure svg { display: block; width: 100%%; height: auto; }
figure img { display: block; max-width: 100%%; height: auto; }
figcaption { font-weight: bold; margin-top: 0.5rem; }
.chapters li, .downloads li { margin: 0.75rem 0; }
.chapters { list-style: none; padding: 0; }
.chapters a { font-weight: bold; font-size: 1.25rem; }
.chapters p { margin: 0.25rem 0 0; }
nav.areas { margin: 1rem 0; }
nav.areas h2 { font-size: 1.25rem; margin: 0 0 0.5rem; }
.contact { border-top: 0.1rem solid %[3]s; padding: 0.25rem 0 0.5rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0.5rem 0; }
dt { font-weight: bold; }
dd { margin: 0; min-width: 0; }
.checked, footer { color: %[4]s; }
footer { margin-top: 3rem; padding-top: 1rem; border-top: 0.2rem solid %[3]s; font-size: 1rem; }
footer .logo img { height: 4rem; width: auto; }
form .field, fieldset { margin: 1.5rem 0; }
fieldset { border: 0.1rem solid %[3]s; padding: 0.5rem 1rem 1rem; }
legend, form label { font-weight: bold; }
.choice { display: flex; align-items: flex-start; gap: 0.5rem; margin: 0.5rem 0; }
.choice input { width: 1.5rem; height: 1.5rem; margin: 0.1rem 0 0; flex: none; accent-color: %[1]s; }
.choice label { font-weight: normal; }
form label, .hint { display: block; }
.hint { margin: 0.25rem 0; color: %[4]s; }
input[type="text"], input[type="date"], select { display: block; box-sizing: border-box; width: 100%%; max-width: 30rem; min-height: 2.75rem; font: inherit; color: %[1]s; background: #FFFFFF; border: 0.15rem solid %[1]s; padding: 0.25rem 0.5rem; }
button { font: inherit; font-weight: bold; min-height: 2.75rem; padding: 0.5rem 1rem; color: %[1]s; background: #FFFFFF; border: 0.25rem solid %[1]s; border-radius: 0.25rem; cursor: pointer; }
input:focus-visible, select:focus-visible, button:focus-visible, fieldset:focus-visible { outline: 0.2rem solid %[1]s; outline-offset: 0.2rem; }
.error { font-weight: bold; border-left: 0.4rem solid %[1]s; padding-left: 0.5rem; margin: 0.5rem 0; }
[aria-invalid="true"] { border-width: 0.25rem; }
.problems { border: 0.25rem solid %[1]s; padding: 0.5rem 1rem; margin: 1rem 0; }
ul.problems { list-style: none; }
@media (max-width: 30rem) { dl { grid-template-columns: 1fr; } dd { margin-bottom: 0.5rem; } h1 { font-size: 1.75rem; } }
@media print {
  body { max-width: none; padding: 0; font-size: 12pt; }
  .skip, nav, .leaflet { display: none; }
  header { border: 0; }
  a { text-decoration: none; }
  main p a[href^="http"]::after { content: " (" attr(href) ")"; }
  .advice { background: none; }
  .contact, figure, .advice { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}
`, c.Text, c.Tint, c.Rule, c.Muted)
}
