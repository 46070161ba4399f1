package checker

// bloom is a one-hash bloom filter of strings: has may say yes wrongly
// (about 1 in 20 at the sizes used), never no wrongly. The tone lexicon
// uses it to pass over the many words of a post it does not know.
type bloom []uint64

// newBloom makes a filter of bits bits, a multiple of 64.
func newBloom(bits int) bloom { return make(bloom, bits/64) }

// slot is the word of b and the bit in it that stand for s.
func (b bloom) slot(s string) (int, uint64) {
	h := uint32(2166136261) // FNV-1a
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	n := h % uint32(len(b)*64)
	return int(n / 64), 1 << (n % 64)
}

// add puts s in the filter.
func (b bloom) add(s string) {
	i, bit := b.slot(s)
	b[i] |= bit
}

// has reports whether s may be in the filter.
func (b bloom) has(s string) bool {
	i, bit := b.slot(s)
	return b[i]&bit != 0
}
