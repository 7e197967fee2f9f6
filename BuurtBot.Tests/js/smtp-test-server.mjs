// A real SMTP server for the notification tests (npm smtp-server). Usage: node smtp-test-server.mjs [port]
// Prints "listening <port>" when ready, then one line per accepted mail:
// mail {"to":[...],"raw":"<base64 of the whole message>"}. The test reads them from standard output.
import { SMTPServer } from 'smtp-server';

const port = Number(process.argv[2] ?? 0);
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('end', () => {
      console.log('mail ' + JSON.stringify({
        to: session.envelope.rcptTo.map((r) => r.address),
        raw: Buffer.concat(chunks).toString('base64'),
      }));
      callback();
    });
  },
});
server.on('error', (err) => console.error('smtp error', err.message));
server.listen(port, '127.0.0.1', () => console.log(`listening ${server.server.address().port}`));
