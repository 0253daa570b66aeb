import { describe, expect, it } from "vitest";
import { detectDelimiter } from "./detect-delimiter";

describe("detectDelimiter", () => {
  it.each([
    ["comma", "city,country,signed\nBerat,Albania,2013\nAmasya,Turkey,2014\n", ","],
    ["semicolon", "city;country;signed\nBerat;Albania;2013\nAmasya;Turkey;2014\n", ";"],
    ["tab", "city\tcountry\tsigned\nBerat\tAlbania\t2013\nAmasya\tTurkey\t2014\n", "\t"],
    ["bar", "city|country|signed\nBerat|Albania|2013\nAmasya|Turkey|2014\n", "|"],
    ["semicolon with decimal commas", "city;lat;lng\nBerat;40,7022;19,9583\nAmasya;40,65;35,8331\n", ";"],
    ["comma with semicolons in quotes", 'city,note\nBerat,"a; b; c"\nAmasya,"d; e"\nTianjin,"f;g;h;i"\n', ","],
    ["semicolon with commas in quotes", 'city;note;year\n"Tianjin, China";"ports, trade";2013\n"Kobe, Japan";"a, b, c";1973\n', ";"],
    ["tab with a quoted line break", 'city\tnote\tyear\nBerat\t"line one\nline two, with comma"\t2013\nAmasya\tx\t2014\n', "\t"],
    ["comma with CRLF and blank lines", "a,b,c\r\n\r\n1,2,3\r\n4,5,6\r\n\r\n", ","],
    ["a single column", "city\nBerat\nAmasya\n", ","],
  ])("%s", (_name, text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });

  it("prefers the delimiter that splits most rows alike over one that splits a few into more columns", () => {
    const text = "name,country\nA,B\nC,D\nE;F;G;H,I\n";
    expect(detectDelimiter(text)).toBe(",");
  });
});
