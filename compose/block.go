package compose

import (
	"time"

	"guidepress/content"
	"guidepress/internal/source"
	"guidepress/markup"
)

// BlockKind says what a block is.
type BlockKind string

// Blocks.
const (
	// Heading is a heading: Level 1 titles a part, 2 a section or a group,
	// 3 is a sub-heading inside a body. Text holds it.
	Heading BlockKind = "heading"
	// Paragraph is running text: Runs from Markdown, or Text; Role says
	// what it is when it is not body text (a summary, a subtitle, ...).
	Paragraph BlockKind = "paragraph"
	// ListItem is one paragraph of a list item: Depth (1 or 2), Marker
	// ("•", "–", "1."; empty for an item's second paragraph) and Loose.
	ListItem BlockKind = "list-item"
	// Break is a thematic break between paragraphs.
	Break BlockKind = "break"
	// Section is a titled section of a chapter: Children are its heading,
	// its body's blocks, then its advice.
	Section BlockKind = "section"
	// Advice is a call-out headed Text (the "advice" label): Children
	// are its body's blocks.
	Advice BlockKind = "advice"
	// ContactGroup is a run of contact entries (Children) under the
	// heading Text, which may be ""; ID says which group it is
	// (CrisisGroup, EveryAreaGroup, or AreaGroupPrefix and an area's id).
	ContactGroup BlockKind = "contact-group"
	// Contact is one contact entry: Contact holds it.
	Contact BlockKind = "contact"
	// Figure is a diagram drawn from the guide's data: ID names it
	// ("recovery" or "wheel"), Text is its caption and Alt its text
	// alternative.
	Figure BlockKind = "figure"
	// List is a list of parts with the pages they start on: Entries,
	// under the heading Text when it is not "".
	List BlockKind = "list"
	// Field is a space to fill in by hand: Text is its label, Lines the
	// lines to write on; Joined puts it with the field before it (a phone
	// number under a name).
	Field BlockKind = "field"
	// Name is the person a pack is for: Text is the label ("Prepared
	// for"), Name the name. It belongs to no language.
	Name BlockKind = "name"
	// Goals is the table of "My goals": a row to write in for each of
	// Entries (the areas of life).
	Goals BlockKind = "goals"
	// Table is a table from Markdown: Table holds its header row, its
	// rows of cells and its columns' alignments.
	Table BlockKind = "table"
	// Logo is the organisation's logo in the product's language: Image
	// holds the file, Alt its text alternative (the organisation's name).
	Logo BlockKind = "logo"
	// Picture is an image of a Markdown body: Image holds the file, Alt
	// its text alternative and Text its caption ("" for none).
	Picture BlockKind = "picture"
)

// Role says what a paragraph or heading is for, beyond its kind.
type Role string

// Roles.
const (
	// Body is ordinary text.
	Body Role = ""
	// GuideTitle is the guide's title over a leaflet's or a pack's title.
	GuideTitle Role = "guide-title"
	// Subtitle is the guide's subtitle on its cover.
	Subtitle Role = "subtitle"
	// Summary is a part's one-line summary under its title.
	Summary Role = "summary"
	// Organisation is the organisation's name.
	Organisation Role = "organisation"
	// Charity is the charity number.
	Charity Role = "charity"
	// Edition is the edition date.
	Edition Role = "edition"
	// Notice is the review notice.
	Notice Role = "notice"
	// Dated is the date on a pack's cover.
	Dated Role = "date"
	// Instructions say what to do on a page (the goals page).
	Instructions Role = "instructions"
	// CoverTitle is the title a cover or front panel is for.
	CoverTitle Role = "cover-title"
	// AreaEdition names the area an area edition is for, on its cover.
	AreaEdition Role = "area-edition"
	// Compact is a contact entry in its compact form (name, phone, web),
	// as a one-sheet leaflet lists contacts.
	Compact Role = "compact"
)

// Block is one semantic block of a part, in the product's language.
type Block struct {
	Kind BlockKind
	Role Role
	// Level is a heading's level (1 to 3).
	Level int
	// ID names a section, contact, figure or field.
	ID string
	// Text is a heading's, label's or short paragraph's plain text.
	Text string
	// Runs are a Markdown paragraph's or list item's styled text, or a
	// heading's or short paragraph's made from a field's inline Markdown
	// (Text then holds the same text, plain).
	Runs []markup.Run
	// Table is a Table block's cells (see markup.PipeTable).
	Table *markup.PipeTable
	// Depth, Marker and Loose describe a list item (see markup.Block).
	Depth  int
	Marker string
	Loose  bool
	// Quote is the block-quote nesting of Markdown text.
	Quote int
	// Bookmark puts a heading in the document's outline.
	Bookmark bool
	// Children are a Section's, Advice's or ContactGroup's blocks.
	Children []Block
	// Contact is a Contact block's entry.
	Contact *ContactEntry
	// Alt is a Figure's, a Logo's or a Picture's text alternative.
	Alt string
	// Image is a Logo's or a Picture's image file.
	Image *content.Image
	// Entries are a List's parts or the Goals' areas of life.
	Entries []Entry
	// Lines is how many lines a Field has to write on.
	Lines int
	// Joined puts a Field with the one before it.
	Joined bool
	// Name is the person's name of a Name block.
	Name string
	// Pos is where the block's text starts in the user's files.
	Pos source.Position
}

// ContactEntry is a contact as an entry shows it, in one language.
type ContactEntry struct {
	ID string
	// Name and Description are plain text; NameRuns and DescriptionRuns
	// the same with their inline Markdown's styles and links.
	Name, Description         string
	NameRuns, DescriptionRuns []markup.Run
	// Ways are the labelled ways to reach it, in a fixed order.
	Ways []Way
	// Checked is the "Checked <date>" line.
	Checked string
	// Verified is the date its details were checked.
	Verified time.Time
}

// Way is one way to reach a contact: its label (Phone, Text, ...), the
// value as written in the guide, a link target, and a note said after it.
type Way struct {
	// Key is the label's key: phone, text, email, web, hours or address.
	Key   string
	Label string
	Value string
	Link  string
	Note  string
	// Runs are Value's styled runs when it comes from a field with inline
	// Markdown (hours, address); NoteRuns are Note's.
	Runs, NoteRuns []markup.Run
}
