import { describe, expect, it } from "vitest";
import { parseConll } from "./gold/conll.js";
import { detokenize, storiesOf } from "./story-filter.js";

const CONLL = `-DOCSTART- -X- O O

SOCCER NN O
- : O
AJAX NNP B-ORG
WIN VB O

AMSTERDAM NNP B-LOC
1996-08-22 CD O

Ajax NNP B-ORG
beat VBD O
PSV NNP B-ORG
2-1 CD O
. . O

-DOCSTART- -X- O O

EU NNP B-ORG
rejects VBZ O
call NN O

BRUSSELS NNP B-LOC
1996-08-22 CD O

The DT O
Commission NNP B-ORG
said VBD O
" " O
no DT O
" " O
. . O
`;

describe("story filter gold", () => {
  it("joins words back into text", () => {
    expect(detokenize(["Iran", "'s", "army", "(", "IRGC", ")", "said", '"', "no", '"', "."])).toBe('Iran\'s army (IRGC) said "no".');
  });

  it("labels stories by their headline's desk slug and keeps only the body", () => {
    expect(storiesOf(parseConll(CONLL, "fixture"))).toEqual([
      { sports: true, text: "Ajax beat PSV 2-1.\n" },
      { sports: false, text: 'The Commission said "no".\n' },
    ]);
  });
});
