package impose

// Flip is the duplex setting a print coordinator chooses in the print
// dialog: which edge of the paper the sheet turns over on between its two
// sides.
type Flip int

const (
	// LongEdge prepares the file for "flip on long edge" duplex printing,
	// usually the printer default. The back sides are stored
	// turned 180 degrees, so they look upside down on screen.
	LongEdge Flip = iota
	// ShortEdge prepares the file for "flip on short edge" duplex
	// printing. Every side looks upright on screen.
	ShortEdge
)

// String returns the setting as a print dialog names it.
func (f Flip) String() string {
	if f == ShortEdge {
		return "flip on the short edge"
	}
	return "flip on the long edge"
}

// Options controls Booklet.
type Options struct {
	// Flip is the duplex setting the file is prepared for. The zero value
	// is LongEdge.
	Flip Flip
	// CropMarks draws fold marks: a short line at the top and at the
	// bottom of the centre fold on every sheet side. An A5 booklet on A4
	// needs no trimming, so there are no cut marks. pdfcpu's own booklet
	// guides are not used: for two-up landscape sheets they mark the fold
	// across the middle of the sheet's height, which is wrong.
	CropMarks bool
}

// Info describes an imposed booklet, for the command's output.
type Info struct {
	// Sheets is the number of sheets of paper (each printed on both sides).
	Sheets int
	// Pages is the number of source pages after padding, a multiple of 4.
	Pages int
	// PaddedPages is how many blank pages were inserted before the last
	// page to reach a multiple of 4 (0 to 3).
	PaddedPages int
	// Paper names the sheet size: "A4" for A5 pages, or "W x H mm" if
	// two pages side by side match no standard paper size.
	Paper string
	// Flip is the duplex setting the output needs, as read back from the
	// output.
	Flip Flip
	// Duplex tells the user, in a sentence, how to print the file.
	Duplex string
}
