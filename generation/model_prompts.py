"""Chat prompts for model backends (generation and javac repair).

The fine-tuned model sees the same shape at training time (training/dataset.py writes the same
system prompt), so keep wording changes in step with the dataset builder.
"""

from __future__ import annotations

from collections.abc import Sequence

from ormb_assist.generation.base import GenerationRequest

SYSTEM_PROMPT = (
    "You are an expert Oracle Revenue Management and Billing (ORMB / OUAF) Java developer. "
    "Write one complete Java class that compiles against the workspace's framework jars. "
    "Implement every method of the algorithm SPOT interface with the exact signatures given. "
    "Declare soft parameters in the Javadoc @AlgorithmComponent block. Run SQL only through "
    "createPreparedStatement with named bind variables (never concatenate values), close every "
    "statement in a finally block, and log through the framework Logger. Answer with the Java code only."
)


def generation_messages(req: GenerationRequest) -> list[dict[str, str]]:
    """System + user messages asking for the class described by ``req``."""
    lines = [f"Business objective: {req.objective.strip()}"]
    spot = req.spot
    if spot is not None:
        lines.append(f"Implement the SPOT interface {spot.fqn}.")
    if req.class_name:
        head = f"Class name: {req.class_name}"
        if req.package:
            head += f" in package {req.package}"
        lines.append(head + ".")
    if req.superclass:
        lines.append(f"The class extends {req.superclass}.")
    plan = str(req.extra.get("plan", "") if req.extra else "")
    if plan.strip():
        lines.append("Plan (follow it: read, decide and act exactly as listed):\n" + plan.strip())
    if req.context.strip():
        lines.append("Workspace context (signatures, tables, examples):\n" + req.context.strip())
    if req.example_code.strip() and req.example_code.strip() not in req.context:
        lines.append(
            "A similar algorithm from this workspace:\n```java\n" + req.example_code.strip() + "\n```"
        )
    return [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": "\n\n".join(lines)}]


def repair_messages(req: GenerationRequest, code: str, diagnostics: Sequence[str]) -> list[dict[str, str]]:
    """Ask the model to fix its class given javac's errors (the previous answer is part of the chat)."""
    messages = generation_messages(req)
    messages.append({"role": "assistant", "content": f"```java\n{code.strip()}\n```"})
    errors = "\n".join(diagnostics[:30])
    messages.append(
        {
            "role": "user",
            "content": "javac reported these errors:\n"
            + errors
            + "\n\nReturn the corrected complete class. Keep the class name, package and interface.",
        }
    )
    return messages
