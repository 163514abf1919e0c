package org.sipqm.export.internal.render;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An output stream that flushes instead of closing, for libraries that close their output when
 * they finish, because an export writer must leave its caller's stream open.
 */
final class KeepOpen extends FilterOutputStream {

	KeepOpen(OutputStream out) {
		super(out);
	}

	@Override
	public void write(byte[] bytes, int offset, int length) throws IOException {
		out.write(bytes, offset, length);
	}

	@Override
	public void close() throws IOException {
		flush();
	}
}
