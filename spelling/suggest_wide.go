package spelling

// Most misspellings are one or two slips, or one sound written another
// way plus a slip, and the searches in gather find them in a few
// milliseconds. A word that is further off ("psiegologie" for
// "psychologie": two sounds, four edits) finds nothing close there, and
// only then is it worth searching wider: two sound-alike spellings at
// once, looked up exactly, and, when there is nothing at all to offer, two
// edits around each sound-alike spelling of a long word that is itself
// two edits away. The wide search costs several times the narrow one,
// which is why it waits for the narrow one to fail.

// widen searches further when nothing found so far costs less than
// wt.WideFrom.
func (d *dict) widen(key string, dutch bool, c *candidates) {
	if c.bestCost() < c.wt.WideFrom {
		return
	}
	far := c.bestCost() > maxCost // nothing to offer yet
	seen := map[string]bool{key: true}
	for _, v := range soundVariants(key) {
		seen[v] = true
	}
	for _, v := range soundVariants(key) {
		for _, v2 := range soundVariants(v) {
			if !seen[v2] {
				seen[v2] = true
				if d.known(v2, dutch) {
					c.add(v2, 0)
				}
			}
		}
		if n := len([]rune(v)); far && n >= wideLength && n <= 2*wideLength && editDistance(key, v) >= 2 {
			d.fuzzy(v, 2, func(form string, bits uint64) {
				if bits&(bitWord|bitForbidden|bitNoSuggest) == bitWord {
					c.add(form, 0)
				}
			})
		}
	}
}

// wideLength is the shortest sound-alike spelling searched two edits
// around: in shorter words two edits reach too many unrelated words.
const wideLength = 9
