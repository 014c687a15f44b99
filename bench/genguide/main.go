// Command genguide writes a synthetic guide for the benchmarks (see
// package synth).
//
//	go run ./bench/genguide -pages 100 -o guide100
package main

import (
	"flag"
	"log"

	"guidepress/bench/synth"
)

func main() {
	pages := flag.Int("pages", 100, "about how many A5 pages the English booklet should have")
	out := flag.String("o", "", "folder to write the guide into (must not exist)")
	flag.Parse()
	if *out == "" {
		log.Fatal("genguide: -o FOLDER is required")
	}
	if err := synth.Write(*out, *pages); err != nil {
		log.Fatal("genguide: ", err)
	}
}
