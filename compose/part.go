package compose

// PartKind says what a part is.
type PartKind string

// Parts.
const (
	// Cover is a front cover: Blocks at the top of its page, Foot (the
	// logo, the organisation) at the foot, no running head or footer.
	Cover PartKind = "cover"
	// FrontPanel is a one-sheet leaflet's front: the titles at the top
	// of its first page, over the stage.
	FrontPanel PartKind = "front-panel"
	// PackCover is a pack's first page: titles, who it is for, fields to
	// fill in by hand and, when it fits, what the pack holds.
	PackCover PartKind = "pack-cover"
	// Chapter is the intro or a stage: its title and summary (when the
	// product repeats them), its sections, then its figures.
	Chapter PartKind = "chapter"
	// Contents lists the chapters with the pages they start on.
	Contents PartKind = "contents"
	// Contacts is the key contacts: a title, then groups of contact
	// entries (crisis lines first).
	Contacts PartKind = "contacts"
	// GoalsPage is a pack's "My goals": a title, what to do, and a row to
	// write in for each area of life.
	GoalsPage PartKind = "goals"
	// BackCover is the organisation's details on the last page of their
	// own, at its foot.
	BackCover PartKind = "back-cover"
	// Imprint is the organisation's details at the foot of the last
	// page, after the content.
	Imprint PartKind = "imprint"
)

// Start says where a part begins.
type Start int

const (
	// NewPage starts the part on a new page.
	NewPage Start = iota
	// Follow continues on the page of the part before.
	Follow
	// NewPageUnlessMorePaper starts the part on a new page unless
	// following on would need fewer sheets of a folded product.
	NewPageUnlessMorePaper
)

// Part ids of the parts that are not stages.
const (
	CoverID     = "cover"
	ContentsID  = "contents"
	ContactsID  = "key-contacts"
	BackCoverID = "back-cover"
	PackCoverID = "pack-cover"
	GoalsID     = "my-goals"
)

// Part is a part of a product: a chapter, the contents, a cover.
type Part struct {
	Kind PartKind
	// ID names the part: a stage id, or one of the ids above. Pages of
	// the part belong to it (its running head, links to it).
	ID string
	// Title is the part's title as the contents and running heads show
	// it; "" for the covers.
	Title string
	// Running is a shorter title for running heads and footers (a stage's
	// short_title), or "" to use Title.
	Running string
	// Start says where the part begins.
	Start Start
	// Blocks are the part's content in reading order.
	Blocks []Block
	// Foot are a Cover's blocks at the foot of its page.
	Foot []Block
}

// Entry is a part as a list of parts shows it.
type Entry struct {
	ID, Title string
	// Running is the part's shorter title for running heads, or "" to
	// use Title.
	Running string
}

// entry is the part as a list of parts shows it.
func (p *Part) entry() Entry {
	return Entry{ID: p.ID, Title: p.Title, Running: p.Running}
}
