# Generate every syllable whose tone placement involves a medial o or u
# (rimes with oa, oă, oe, uy, from data/vi-rimes.txt), with every initial
# consonant of data/vi-onsets.txt, every tone the rime allows and three
# casings; and the qu- syllables, where u is part of the consonant. For
# each, one line per place the mark can stand within the vowel group:
#   INPUT<TAB>OLD<TAB>NEW<TAB>KEEP
# (the expected output under --tone=old, new and keep), composed with the
# letters of data/vi-letters.tsv. The placement rule is written here again,
# on its own, from the orthography.
#   awk -f gen-syllables.awk vi-letters.tsv vi-onsets.txt vi-rimes.txt
BEGIN { FS = "\t"; ntones = split("grave acute hook tilde dot", tones, " ") }
FILENAME ~ /letters/ {
	if ($0 ~ /^#/) next
	if ($5 == "-") plain[$3, $4] = $2
	else toned_of[$3, $4, $5] = $2
	base_of[$2] = $3; shape_of[$2] = $4
	next
}
FILENAME ~ /onsets/ { if ($0 !~ /^#/ && $1 != "qu") onsets[++nonsets] = $1; next }
FILENAME ~ /rimes/ { if ($0 !~ /^#/) rimes[++nrimes] = $1; next }
END {
	vowels = "aăâeêioôơuưy"
	onsets[++nonsets] = ""
	for (r = 1; r <= nrimes; r++) {
		rime = rimes[r]
		if (rime ~ /^(oa|oă|oe|uy)/)
			for (o = 1; o <= nonsets; o++)
				emit(onsets[o], rime, 0)
		if (rime !~ /^(u|ư|o)/)
			emit("qu", rime, 1)
	}
}
# Split the syllable into letters; find the vowel group (after the onset).
function emit(onset, rime, skipu,    word, n, i, letters, first, last, nv, closed, shaped, target_old, target_new, t, stop, c, place, casing) {
	word = onset rime
	n = split_chars(word, letters)
	first = split_chars(onset, tmp) + 1
	for (last = first; last <= n && index(vowels, letters[last]); last++) ;
	last--
	nv = last - first + 1
	closed = last < n
	shaped = 0
	for (i = first; i <= last; i++)
		if (letters[i] ~ /[ăâêôơư]/) shaped = i
	if (shaped) target_old = target_new = shaped
	else if (closed) target_old = target_new = last
	else if (nv == 3) target_old = target_new = first + 1
	else if (nv == 2 && (letters[first] letters[first + 1]) ~ /^(oa|oe|uy)$/) {
		target_old = first # the old style: hòa, khỏe, thủy
		target_new = first + 1 # the new one: hoà, khoẻ, thuỷ
	} else if (nv == 2) target_old = target_new = first
	else target_old = target_new = first
	stop = rime ~ /(c|ch|p|t)$/
	for (t = 1; t <= ntones; t++) {
		if (stop && tones[t] != "acute" && tones[t] != "dot")
			continue
		for (casing = 0; casing < 3; casing++)
			for (place = first - skipu; place <= last; place++) {
				keep = place == target_old || place == target_new ? place : target_old
				print spell(letters, n, place, tones[t], casing) "\t" \
				      spell(letters, n, target_old, tones[t], casing) "\t" \
				      spell(letters, n, target_new, tones[t], casing) "\t" \
				      spell(letters, n, keep, tones[t], casing)
			}
	}
}
function spell(letters, n, place, tone, casing,    i, out, c) {
	out = ""
	for (i = 1; i <= n; i++) {
		c = letters[i]
		if (i == place)
			c = toned_of[base_of[c], shape_of[c], tone]
		if (casing == 2 || (casing == 1 && i == 1))
			c = upper(c)
		out = out c
	}
	return out
}
function upper(c,    k) {
	k = toupper(base_of[c])
	if ((k, shape_of[c]) in plain) {
		for (tn = 1; tn <= ntones; tn++)
			if (toned_of[base_of[c], shape_of[c], tones[tn]] == c)
				return toned_of[k, shape_of[c], tones[tn]]
		return plain[k, shape_of[c]]
	}
	return toupper(c)
}
# UTF-8 characters of s into a[1..n], without relying on the locale.
function split_chars(s, a,    n, i, b, len) {
	n = 0
	for (i = 1; i <= length(s); i += len) {
		b = substr(s, i, 1)
		len = b < "\200" ? 1 : b < "\340" ? 2 : b < "\360" ? 3 : 4
		a[++n] = substr(s, i, len)
	}
	return n
}
