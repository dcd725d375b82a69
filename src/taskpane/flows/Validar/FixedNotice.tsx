import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useTexts } from "../../texts/Texts";

/**
 * "Se corrigieron N celdas", where the user clicked (in the area's group, whose fixed issue is gone): a live region
 * says it to screen readers, and focus moves onto it (the button they pressed no longer exists), so the user keeps
 * their place.
 */
export const FixedNotice: React.FC<{ count: number; fixes: number }> = ({ count, fixes }) => {
  const { say } = useTexts();
  const ref = React.useRef<HTMLDivElement | null>(null);
  React.useEffect(() => {
    ref.current?.focus();
  }, [fixes]);
  return (
    <div ref={ref} tabIndex={-1} role="status" aria-live="polite">
      <MessageBar intent="success">
        <MessageBarBody>{say("pane.validar.fixed", { count })}</MessageBarBody>
      </MessageBar>
    </div>
  );
};
