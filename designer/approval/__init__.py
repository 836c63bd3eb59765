"""Template approval: Ed25519 signatures over a template's content and its assets.

An approver signs the template as it stands (``approval.yaml`` beside
``template.yaml``); a keyring lists the approvers this installation trusts.
Anything unsigned, signed by a stranger, or changed after signing can still be
previewed and proofed, but never exported as a final file.
"""

from __future__ import annotations

from designer.errors import DesignerError


class ApprovalError(DesignerError):
    """A key, keyring or approval record cannot be read, written or used."""
