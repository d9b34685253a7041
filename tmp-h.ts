import { readHtml } from './src/ingest/html.ts';
const html = `<!doctype html><html><head><title>T page</title><meta property="og:site_name" content="VOA"><meta name="author" content="Jane Roe"><meta property="article:published_time" content="2023-10-27T12:00:00Z"><link rel="canonical" href="https://x.org/a"><script>var evil="SCRIPTTEXT";</script><style>.a{color:red}</style></head>
<body><nav>Home | About</nav><article><h1>US Imposes New Sanctions on Hamas</h1>
<p>The U.S. Treasury Department announced a second round of sanctions Friday on the Palestinian militant group <b>Hamas</b> and Hamas-linked officials in response to its October 7 attack on Israel.</p><script>document.write("SCRIPT2")</script>
<p>The Treasury Department said in a statement the new sanctions, imposed through its Office of Foreign Asset Control, target Hamas financial networks, additional assets in Hamas’s investment portfolio and individuals.</p>
<ul><li>one item</li><li>two item</li></ul></article><footer>© 2023</footer></body></html>`;
console.log(JSON.stringify(readHtml(html), null, 1));
console.log(JSON.stringify(readHtml('<html><head><script>a()</script></head><body><script>b()</script><noscript>enable js</noscript></body></html>')));
