/** A one-line progress bar on a terminal; plain lines in a log. */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr) {
  let lastPercent = -1;
  return (done: number, total: number) => {
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
    if (percent === lastPercent) return;
    lastPercent = percent;
    if (stream.isTTY) {
      const width = 30;
      const filled = Math.round((percent / 100) * width);
      stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${percent}% (${done}/${total})`);
      if (done >= total) stream.write('\n');
    } else if (percent % 25 === 0) {
      stream.write(`${label}: ${percent}% (${done}/${total})\n`);
    }
  };
}
