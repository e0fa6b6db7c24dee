// Chart.js with only the pieces Tandem draws (line charts on linear or log axes), registered once. Loaded lazily
// (loadCharts): the page paints its frame first, and the charts' 200 kB of script follows.
import {
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  LogarithmicScale,
  PointElement,
  Title,
  Tooltip,
} from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, LogarithmicScale, Legend, Title, Tooltip);

Chart.defaults.font.family = getComputedStyle(document.documentElement).getPropertyValue('--font-ui').trim() || 'sans-serif';
Chart.defaults.font.size = 12;
// Curves grow many times a second; animating every update would cost frames and blur the live feel.
Chart.defaults.animation = false;

export { Chart };
