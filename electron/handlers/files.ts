import type { Handler, HandlerRegistry } from '../host/context';

const beginUpload: Handler<'files.beginUpload'> = (input, ctx) => ({
  fileId: ctx.files.beginUpload(ctx.actor.staffId, input.name, input.size),
});

const uploadChunk: Handler<'files.uploadChunk'> = (input, ctx) => {
  const bytes = Buffer.from(input.data, 'base64');
  ctx.files.appendUpload(ctx.actor.staffId, input.fileId, input.offset, bytes);
  return { received: input.offset + bytes.length };
};

const finishUpload: Handler<'files.finishUpload'> = (input, ctx) => {
  const { fileId, name, size } = ctx.files.finishUpload(ctx.actor.staffId, input.fileId);
  return { fileId, name, size };
};

const info: Handler<'files.info'> = (input, ctx) => {
  const { fileId, name, size } = ctx.files.get(ctx.actor.staffId, input.fileId);
  return { fileId, name, size };
};

const readChunk: Handler<'files.readChunk'> = (input, ctx) => {
  const { size } = ctx.files.get(ctx.actor.staffId, input.fileId);
  const bytes = ctx.files.read(ctx.actor.staffId, input.fileId, input.offset, input.length);
  return { data: bytes.toString('base64'), size };
};

const list: Handler<'files.list'> = (_input, ctx) => ({ items: ctx.files.list(ctx.actor.staffId) });

export const filesHandlers = {
  'files.beginUpload': beginUpload,
  'files.uploadChunk': uploadChunk,
  'files.finishUpload': finishUpload,
  'files.info': info,
  'files.readChunk': readChunk,
  'files.list': list,
} satisfies Partial<HandlerRegistry>;
