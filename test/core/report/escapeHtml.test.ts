import { escapeHtml } from "../../../src/core/report/escapeHtml";

describe("escapeHtml", () => {
  it("escapes markup and quote characters, leaving other text alone", () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
    );
    expect(escapeHtml("Dirección Jurídica — 85,3 %")).toBe("Dirección Jurídica — 85,3 %");
    expect(escapeHtml("&amp;")).toBe("&amp;amp;");
  });
});
