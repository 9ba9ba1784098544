/** Input limits of the approval forms, as the server checks them. */

export const maxLineLength = 10;
export const maxTitleLength = 200;
export const maxCommentLength = 1000;
