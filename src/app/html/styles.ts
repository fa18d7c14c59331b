/**
 * The app's stylesheet, GOV.UK-like (black header, blue links, yellow focus, red errors), inlined in
 * every page so the login page needs no unauthenticated asset; the Content-Security-Policy allows it
 * by its SHA-256 and nothing else.
 */
import { createHash } from 'node:crypto';

export const APP_CSS = `
*,*::before,*::after{box-sizing:border-box}
body{margin:0;font-family:Arial,"Helvetica Neue",sans-serif;font-size:19px;line-height:1.4;color:#0b0c0c;background:#fff}
a{color:#1d70b8}a:visited{color:#4c2c92}a:hover{color:#003078}
a:focus,button:focus,input:focus,textarea:focus,select:focus{outline:3px solid #fd0;outline-offset:0;box-shadow:0 0 0 4px #0b0c0c;background-color:#fd0;color:#0b0c0c}
input:focus,textarea:focus,select:focus{background-color:#fff}
.skip{position:absolute;left:-9999px}.skip:focus{position:static;display:block;padding:10px}
header.app{background:#0b0c0c;color:#fff;border-bottom:10px solid #1d70b8}
header.app .bar{max-width:1100px;margin:0 auto;padding:10px 15px;display:flex;flex-wrap:wrap;gap:15px;align-items:center;justify-content:space-between}
header.app a{color:#fff;font-weight:bold;text-decoration:none}header.app a:focus{color:#0b0c0c}
header.app nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:15px}
header.app nav a[aria-current]{text-decoration:underline;text-decoration-thickness:3px}
header.app form{display:inline;margin:0}
header.app .who{font-size:16px}
.link-button{background:none;border:0;color:#fff;text-decoration:underline;font:inherit;font-size:16px;cursor:pointer;padding:0}
main{max-width:1100px;margin:0 auto;padding:20px 15px 60px}
h1{font-size:36px;margin:10px 0 20px}h2{font-size:27px;margin:30px 0 15px}h3{font-size:22px}
.hint{color:#484949;font-size:16px;margin:0 0 5px}
label,legend{display:block;font-weight:bold;margin:0 0 5px}
.field{margin:0 0 25px}
.field-error{border-left:5px solid #d4351c;padding-left:15px}
.error-message{color:#d4351c;font-weight:bold;margin:0 0 10px}
input[type=text],input[type=password],input[type=date],select,textarea{font:inherit;width:100%;max-width:40em;padding:5px;border:2px solid #0b0c0c;border-radius:0}
textarea{min-height:14em;font-family:Consolas,"Courier New",monospace;font-size:16px}
fieldset{border:0;padding:0;margin:0 0 25px}
.radio{display:flex;align-items:center;gap:10px;margin:0 0 10px}.radio label{font-weight:normal;margin:0}
button,.button{display:inline-block;font:inherit;font-weight:bold;color:#fff;background:#00703c;border:0;box-shadow:0 2px 0 #002d18;padding:8px 12px;margin:0 10px 15px 0;cursor:pointer;text-decoration:none}
button.secondary,.button.secondary{background:#f3f2f1;color:#0b0c0c;box-shadow:0 2px 0 #929191}
button.warning{background:#d4351c;box-shadow:0 2px 0 #55150b}
.error-summary{border:5px solid #d4351c;padding:15px;margin:0 0 30px}.error-summary h2{margin-top:0}
.error-summary a{color:#d4351c;font-weight:bold}
.notice{border-left:10px solid #1d70b8;background:#f3f2f1;padding:15px;margin:0 0 25px}
table{border-collapse:collapse;width:100%;margin:0 0 25px;font-size:16px}
caption{text-align:left;font-weight:bold;font-size:19px;margin-bottom:10px}
th,td{border-bottom:1px solid #b1b4b6;padding:8px 10px 8px 0;text-align:left;vertical-align:top}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.tag{display:inline-block;padding:2px 8px;font-weight:bold;font-size:16px;background:#cce2d8;color:#005a30}
.tag.draft{background:#fff7bf;color:#594d00}.tag.returned,.tag.open{background:#f4cdc6;color:#942514}
.columns{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:30px}
@media (max-width:800px){.columns{grid-template-columns:1fr}}
.findings li{margin-bottom:8px}
.preview{border:1px solid #b1b4b6;padding:0 15px;margin-bottom:25px}
dl.summary{display:grid;grid-template-columns:max-content 1fr;gap:5px 20px}dl.summary dt{font-weight:bold}dl.summary dd{margin:0}
`;

export const APP_CSS_HASH = `sha256-${createHash('sha256').update(APP_CSS).digest('base64')}`;
