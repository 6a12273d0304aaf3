/**
 * The key to the names written on the map (src/map/LabelsLayer.tsx): each
 * label style, set as the map sets it, with what it means.
 */
export function LabelKey() {
  return (
    <section className="label-key" aria-labelledby="label-key-title">
      <h2 id="label-key-title">Names on the map</h2>
      <dl>
        <dt>
          <span className="label-sample label-sample--route-stop">Tall Tamr</span>
        </dt>
        <dd>a stop of the smuggling route, always named from the zoom that frames the route</dd>
        <dt>
          <span className="label-sample label-sample--route">Smuggling route</span>
        </dt>
        <dd>the route as a whole, zoomed out too far to name each stop</dd>
        <dt>
          <span className="label-sample">Raqqa</span>
        </dt>
        <dd>a town or city the articles name, where there is room</dd>
        <dt>
          <span className="label-sample label-sample--region">Idlib enclave (at Idlib)</span>
        </dt>
        <dd>a region, marked at its seat town: its extent is not drawn</dd>
        <dt>
          <span className="label-sample label-sample--selected">Ras al-Ayn</span>
        </dt>
        <dd>the feature selected</dd>
        <dt>
          <span className="label-sample label-sample--town">Ceylanpınar</span>
        </dt>
        <dd>
          on the built-in map only: a town from GeoNames, for context; not cited, not clickable
        </dd>
        <dt>
          <span className="label-sample label-sample--river">Khabur</span>
        </dt>
        <dd>on the built-in map only: a river</dd>
      </dl>
    </section>
  );
}
